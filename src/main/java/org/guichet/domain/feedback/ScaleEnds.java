package org.guichet.domain.feedback;

import java.util.Objects;

/** The words under the two ends of a numeric scale, e.g. "Pas clair du tout" … "Très clair". */
public record ScaleEnds(Wording lowest, Wording highest) {
    public ScaleEnds {
        Objects.requireNonNull(lowest, "lowest");
        Objects.requireNonNull(highest, "highest");
    }
}
