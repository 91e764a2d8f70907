package org.guichet.domain.procedure;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Text-level content of a paragraph. */
public sealed interface Inline {

    /** The text a reader sees, without markup. */
    String text();

    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Marked-up text: emphasis, an official value such as an amount, a superscript, a quotation. */
    record Styled(TextStyle style, List<Inline> inlines) implements Inline {
        public Styled {
            Objects.requireNonNull(style, "style");
            inlines = List.copyOf(inlines);
        }

        @Override
        public String text() {
            return plainText(inlines);
        }
    }

    record Link(LinkTarget target, String text) implements Inline {
        public Link {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A term explained in the fiche's glossary ({@link GlossaryEntry#id()}). */
    record GlossaryTerm(String entryId, String text) implements Inline {
        public GlossaryTerm {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(text, "text");
        }
    }

    static String plainText(List<? extends Inline> inlines) {
        return inlines.stream().map(Inline::text).collect(Collectors.joining());
    }
}
