package org.guichet.domain.procedure;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a fiche's cost information, in the official words ({@code text}), for the
 * {@code situation} path it belongs to. {@code euroAmounts} lists the amounts the line states
 * plainly ("86 €", "1 186,04 €"), in order; it is empty for lines such as "Gratuit.".
 */
public record CostLine(List<String> situation, String text, List<BigDecimal> euroAmounts) {
    public CostLine {
        situation = List.copyOf(situation);
        text = text == null ? "" : text;
        euroAmounts = List.copyOf(euroAmounts);
    }
}
