package org.guichet.domain.procedure;

import java.util.List;
import java.util.Objects;

/** A piece of a fiche's rich content. The text inside is the official French content. */
public sealed interface Block {

    /** A chapter or sub-chapter title; level 1 is a chapter. */
    record Heading(int level, String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    record Paragraph(List<Inline> inlines) implements Block {
        public Paragraph {
            inlines = List.copyOf(inlines);
        }

        public String text() {
            return Inline.plainText(inlines);
        }
    }

    record BulletList(List<ListItem> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }
    }

    record NumberedList(List<ListItem> items) implements Block {
        public NumberedList {
            items = List.copyOf(items);
        }
    }

    record ListItem(List<Block> blocks) {
        public ListItem {
            blocks = List.copyOf(blocks);
        }
    }

    record Table(String caption, List<TableRow> headerRows, List<TableRow> rows) implements Block {
        public Table {
            caption = caption == null ? "" : caption;
            headerRows = List.copyOf(headerRows);
            rows = List.copyOf(rows);
        }
    }

    record TableRow(List<TableCell> cells) {
        public TableRow {
            cells = List.copyOf(cells);
        }
    }

    record TableCell(List<Block> blocks) {
        public TableCell {
            blocks = List.copyOf(blocks);
        }
    }

    record Callout(CalloutKind kind, String title, List<Block> blocks) implements Block {
        public Callout {
            Objects.requireNonNull(kind, "kind");
            title = title == null ? "" : title;
            blocks = List.copyOf(blocks);
        }
    }

    /**
     * Content that depends on the reader's situation ({@code ListeSituations/Situation} or
     * {@code BlocCas/Cas}): the reader picks one option and reads only its blocks.
     */
    record Choice(ChoiceStyle style, List<ChoiceOption> options) implements Block {
        public Choice {
            Objects.requireNonNull(style, "style");
            options = List.copyOf(options);
        }
    }

    record ChoiceOption(String title, List<Block> blocks) {
        public ChoiceOption {
            Objects.requireNonNull(title, "title");
            blocks = List.copyOf(blocks);
        }
    }

    /** A place to go ({@code OuSAdresser}) at the point of the text where the fiche names it. */
    record OfficeBlock(Office office) implements Block {
        public OfficeBlock {
            Objects.requireNonNull(office, "office");
        }
    }

    /** An online service or form ({@code ServiceEnLigne}) at the point of the text where the fiche offers it. */
    record OnlineServiceBlock(OnlineService service) implements Block {
        public OnlineServiceBlock {
            Objects.requireNonNull(service, "service");
        }
    }
}
