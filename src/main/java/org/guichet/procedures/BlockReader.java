package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.CalloutKind;
import org.guichet.domain.procedure.ChoiceStyle;
import org.guichet.domain.procedure.Inline;
import org.w3c.dom.Element;

/** Turns the body elements of a fiche into content blocks, keeping every piece of text. */
final class BlockReader {
    /** Elements read by their parent (titles, conditions, column widths), never as blocks. */
    private static final Set<String> READ_BY_PARENT = Set.of("Titre", "Condition", "Colonne");
    /** Wrappers whose children belong where the wrapper stands. */
    private static final Set<String> TRANSPARENT = Set.of("Texte", "Introduction", "FragmentConditionne");

    private BlockReader() {
    }

    /** The blocks made of {@code container}'s children. */
    static List<Block> read(Element container) {
        List<Block> blocks = new ArrayList<>();
        Xml.children(container).forEach(child -> append(child, blocks));
        return blocks;
    }

    /** Adds the blocks {@code element} stands for: none, one, or its children's for a wrapper. */
    static void append(Element element, List<Block> blocks) {
        String name = Xml.name(element);
        if (READ_BY_PARENT.contains(name)) {
            return;
        }
        if (TRANSPARENT.contains(name)) {
            blocks.addAll(read(element));
            return;
        }
        switch (name) {
            case "Paragraphe" -> blocks.add(new Block.Paragraph(InlineReader.read(element)));
            case "Liste" -> blocks.add(list(element));
            case "Tableau" -> blocks.add(table(element));
            case "ASavoir" -> blocks.add(callout(CalloutKind.ASAVOIR, element));
            case "Attention" -> blocks.add(callout(CalloutKind.ATTENTION, element));
            case "ANoter" -> blocks.add(callout(CalloutKind.ANOTER, element));
            case "Chapitre", "SousChapitre" -> {
                blocks.add(new Block.Heading(Sections.level(element), Sections.title(element)));
                blocks.addAll(read(element));
            }
            case "ListeSituations" -> blocks.add(choice(element, "Situation"));
            case "BlocCas" -> blocks.add(choice(element, "Cas"));
            case "OuSAdresser" -> blocks.add(new Block.OfficeBlock(OfficeReader.read(element)));
            case "ServiceEnLigne" -> blocks.add(new Block.OnlineServiceBlock(OnlineServiceReader.read(element)));
            default -> unknown(element, blocks);
        }
    }

    static Block.Callout callout(CalloutKind kind, Element element) {
        return new Block.Callout(kind, Xml.childText(element, "Titre"), read(element));
    }

    private static Block list(Element liste) {
        List<Block.ListItem> items = Xml.children(liste, "Item").stream()
                .map(item -> new Block.ListItem(read(item)))
                .toList();
        return "numero".equals(liste.getAttribute("type")) ? new Block.NumberedList(items) : new Block.BulletList(items);
    }

    private static Block table(Element tableau) {
        List<Block.TableRow> header = new ArrayList<>();
        List<Block.TableRow> rows = new ArrayList<>();
        for (Element rangee : Xml.children(tableau, "Rangée")) {
            Block.TableRow row = new Block.TableRow(Xml.children(rangee, "Cellule").stream()
                    .map(cell -> new Block.TableCell(read(cell)))
                    .toList());
            ("header".equals(rangee.getAttribute("type")) ? header : rows).add(row);
        }
        return new Block.Table(Xml.childText(tableau, "Titre"), header, rows);
    }

    private static Block choice(Element element, String optionName) {
        ChoiceStyle style = "radio".equals(element.getAttribute("affichage")) ? ChoiceStyle.RADIO : ChoiceStyle.TABS;
        return new Block.Choice(style, Xml.children(element, optionName).stream()
                .map(option -> new Block.ChoiceOption(Xml.childText(option, "Titre"), read(option)))
                .toList());
    }

    /** An element this reader does not know yet: its text is kept so nothing official is lost. */
    private static void unknown(Element element, List<Block> blocks) {
        String text = Xml.text(element);
        if (!text.isEmpty()) {
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(text))));
        }
    }
}
