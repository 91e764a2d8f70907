package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.CalloutKind;
import org.guichet.domain.procedure.Inline;
import org.guichet.domain.procedure.LinkTarget;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.i18n.I18n;
import org.guichet.ui.Components;
import org.guichet.ui.Styles;

/**
 * Renders a fiche's official content for reading and for screen readers: headings are marked,
 * list items say their bullet or number and their place in the list, a table becomes a list of
 * rows read as "header: value", each link is a control named by its own words, and a choice shows
 * the option the user picked.
 */
final class OfficialContent {

    private final I18n i18n;
    private final Consumer<LinkTarget> openLink;
    private final Predicate<List<String>> isChosen;
    private final String optionTitleKey;

    private OfficialContent(I18n i18n, Consumer<LinkTarget> openLink, Predicate<List<String>> isChosen,
                            String optionTitleKey) {
        this.i18n = i18n;
        this.openLink = openLink;
        this.isChosen = isChosen;
        this.optionTitleKey = optionTitleKey;
    }

    /**
     * The content of the fiche the user is reading: each choice shows the option picked.
     *
     * @param openLink opens a link: another publication in the app, an outside page in the browser
     * @param isChosen whether the user picked the option at the end of a situation path
     */
    static OfficialContent forSituation(I18n i18n, Consumer<LinkTarget> openLink, Predicate<List<String>> isChosen) {
        return new OfficialContent(i18n, openLink, isChosen, "procedure.content.yourSituation");
    }

    /** The content of another fiche (an appeal guide): every option of a choice, one after the other. */
    static OfficialContent everyCase(I18n i18n, Consumer<LinkTarget> openLink) {
        return new OfficialContent(i18n, openLink, path -> true, "procedure.content.case");
    }

    VBox render(List<Block> blocks) {
        return render(blocks, List.of());
    }

    VBox render(List<Block> blocks, List<String> situation) {
        List<Node> nodes = new ArrayList<>();
        for (Block block : blocks) {
            append(block, situation, nodes);
        }
        VBox box = new VBox();
        box.getChildren().setAll(nodes);
        box.getStyleClass().add(Styles.STACK);
        return box;
    }

    private void append(Block block, List<String> situation, List<Node> nodes) {
        if (block instanceof Block.Heading heading) {
            nodes.add(heading(heading));
        } else if (block instanceof Block.Paragraph paragraph) {
            nodes.add(paragraph(paragraph.inlines()));
        } else if (block instanceof Block.BulletList list) {
            nodes.add(list(list.items(), situation, false));
        } else if (block instanceof Block.NumberedList list) {
            nodes.add(list(list.items(), situation, true));
        } else if (block instanceof Block.Table table) {
            nodes.add(table(table, situation));
        } else if (block instanceof Block.Callout callout) {
            nodes.add(callout(callout, situation));
        } else if (block instanceof Block.Choice choice) {
            nodes.add(choice(choice, situation));
        } else if (block instanceof Block.OfficeBlock office) {
            nodes.add(office(office.office(), situation));
        } else if (block instanceof Block.OnlineServiceBlock service) {
            nodes.add(onlineService(service.service()));
        }
    }

    private Label heading(Block.Heading heading) {
        Label label = text(heading.text(), ProcedureStyles.CONTENT_HEADING);
        label.getStyleClass().add(ProcedureStyles.CONTENT_HEADING + "-" + Math.min(heading.level(), 3));
        Components.markHeading(i18n, label);
        return label;
    }

    /** The paragraph's text, then one link control per link it holds. */
    private Node paragraph(List<Inline> inlines) {
        Label text = text(Inline.plainText(inlines), Styles.BODY);
        List<Inline.Link> links = new ArrayList<>();
        collectLinks(inlines, links);
        if (links.isEmpty()) {
            return text;
        }
        VBox box = new VBox(text);
        links.forEach(link -> box.getChildren().add(link(link)));
        return box;
    }

    private static void collectLinks(List<Inline> inlines, List<Inline.Link> into) {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Link link && !link.text().isBlank()) {
                into.add(link);
            } else if (inline instanceof Inline.Styled styled) {
                collectLinks(styled.inlines(), into);
            }
        }
    }

    private Hyperlink link(Inline.Link link) {
        Hyperlink hyperlink = new Hyperlink();
        hyperlink.setText(DisplayText.of(link.text()));
        hyperlink.setWrapText(true);
        hyperlink.setMinHeight(Hyperlink.USE_PREF_SIZE);
        hyperlink.accessibleHelpProperty().bind(i18n.text(link.target() instanceof LinkTarget.External
                ? "a11y.opensBrowser" : "procedure.content.opensFiche"));
        hyperlink.setOnAction(event -> openLink.accept(link.target()));
        return hyperlink;
    }

    private Node list(List<Block.ListItem> items, List<String> situation, boolean numbered) {
        VBox list = new VBox();
        list.getStyleClass().add(Styles.STACK);
        for (int index = 0; index < items.size(); index++) {
            Label marker = new Label();
            marker.textProperty().bind(numbered ? i18n.text("procedure.content.number", index + 1)
                    : i18n.text("procedure.content.bullet"));
            marker.accessibleTextProperty().bind(i18n.text("procedure.content.listItem", index + 1, items.size()));
            marker.getStyleClass().add(ProcedureStyles.LIST_MARKER);
            marker.setMinWidth(Label.USE_PREF_SIZE);
            VBox item = render(items.get(index).blocks(), situation);
            HBox.setHgrow(item, Priority.ALWAYS);
            list.getChildren().add(new HBox(marker, item));
        }
        return list;
    }

    /** Each row as a small card of "header: value" lines; the caption first. */
    private Node table(Block.Table table, List<String> situation) {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.STACK);
        if (!table.caption().isBlank()) {
            box.getChildren().add(text(table.caption(), Styles.FIELD_LABEL));
        }
        List<String> headers = table.headerRows().isEmpty() ? List.of()
                : table.headerRows().get(0).cells().stream().map(cell -> plainText(cell.blocks())).toList();
        for (Block.TableRow row : table.rows()) {
            VBox card = new VBox();
            card.getStyleClass().add(ProcedureStyles.TABLE_ROW);
            for (int column = 0; column < row.cells().size(); column++) {
                String header = column < headers.size() ? headers.get(column) : "";
                card.getChildren().add(cell(header, row.cells().get(column).blocks(), situation));
            }
            box.getChildren().add(card);
        }
        return box;
    }

    private Node cell(String header, List<Block> blocks, List<String> situation) {
        if (header.isBlank()) {
            return render(blocks, situation);
        }
        if (blocks.size() == 1 && blocks.get(0) instanceof Block.Paragraph paragraph && !hasLinks(paragraph)) {
            Label line = new Label();
            line.textProperty().bind(i18n.text("procedure.content.cell", DisplayText.of(header), DisplayText.of(paragraph.text())));
            wrap(line, Styles.BODY);
            return line;
        }
        return new VBox(text(header, Styles.FIELD_LABEL), render(blocks, situation));
    }

    private static boolean hasLinks(Block.Paragraph paragraph) {
        List<Inline.Link> links = new ArrayList<>();
        collectLinks(paragraph.inlines(), links);
        return !links.isEmpty();
    }

    private Node callout(Block.Callout callout, List<String> situation) {
        Label title = new Label();
        if (callout.title().isBlank()) {
            title.textProperty().bind(i18n.text(calloutKey(callout.kind())));
        } else {
            title.setText(DisplayText.of(callout.title()));
        }
        wrap(title, Styles.FIELD_LABEL);
        VBox box = new VBox(title, render(callout.blocks(), situation));
        box.getStyleClass().add(ProcedureStyles.CALLOUT);
        return box;
    }

    private static String calloutKey(CalloutKind kind) {
        return switch (kind) {
            case ASAVOIR -> "procedure.content.toKnow";
            case ATTENTION -> "procedure.content.attention";
            case ANOTER -> "procedure.content.note";
        };
    }

    /** The options picked, each under its title; or a word that this part depends on the situation. */
    private Node choice(Block.Choice choice, List<String> situation) {
        VBox options = new VBox();
        options.getStyleClass().add(Styles.STACK);
        for (Block.ChoiceOption option : choice.options()) {
            List<String> path = new ArrayList<>(situation);
            path.add(option.title());
            if (isChosen.test(path)) {
                Label title = new Label();
                title.textProperty().bind(i18n.text(optionTitleKey, DisplayText.of(option.title())));
                wrap(title, ProcedureStyles.SUBHEADING);
                options.getChildren().addAll(title, render(option.blocks(), List.copyOf(path)));
            }
        }
        if (options.getChildren().isEmpty()) {
            Label hint = new Label();
            hint.textProperty().bind(i18n.text("procedure.content.dependsOnSituation"));
            wrap(hint, Styles.HINT);
            return hint;
        }
        return options;
    }

    private Node office(Office office, List<String> situation) {
        VBox box = new VBox(text(office.title(), Styles.FIELD_LABEL), render(office.details(), situation));
        box.getStyleClass().add(ProcedureStyles.CALLOUT);
        return box;
    }

    private Node onlineService(OnlineService service) {
        Button button = Components.secondaryButton(new SimpleStringProperty(DisplayText.of(service.title())),
                () -> openLink.accept(new LinkTarget.External(service.url())));
        button.accessibleHelpProperty().bind(i18n.text("a11y.opensBrowser"));
        button.setDisable(service.url().isBlank());
        return button;
    }

    private static String plainText(List<Block> blocks) {
        StringBuilder text = new StringBuilder();
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                text.append(text.isEmpty() ? "" : " ").append(paragraph.text().strip());
            }
        }
        return text.toString();
    }

    private static Label text(String content, String styleClass) {
        Label label = new Label(DisplayText.of(content));
        wrap(label, styleClass);
        return label;
    }

    private static void wrap(Label label, String styleClass) {
        label.setWrapText(true);
        label.setMinHeight(Label.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
    }
}
