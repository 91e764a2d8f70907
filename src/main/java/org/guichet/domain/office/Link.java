package org.guichet.domain.office;

/** A web address with the annuaire's label for it (may be empty). */
public record Link(String label, String url) {
    public Link {
        label = Texts.orEmpty(label);
        url = Texts.orEmpty(url);
        if (url.isEmpty()) {
            throw new IllegalArgumentException("A link needs a URL");
        }
    }
}
