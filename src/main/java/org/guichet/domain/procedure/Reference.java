package org.guichet.domain.procedure;

import java.util.Objects;

/**
 * A source the fiche cites: a legal text ({@code Reference}, type "Texte de référence", usually on
 * Légifrance) or a practical page ({@code PourEnSavoirPlus}, type "Information pratique").
 */
public record Reference(String type, String id, String title, String url, String complement) {
    public static final String LEGAL_TEXT = "Texte de référence";

    public Reference {
        type = type == null ? "" : type;
        id = id == null ? "" : id;
        Objects.requireNonNull(title, "title");
        url = url == null ? "" : url;
        complement = complement == null ? "" : complement;
    }

    public boolean isLegalText() {
        return LEGAL_TEXT.equals(type);
    }
}
