package org.guichet.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for the fiche format (no namespaces except Dublin Core metadata). */
final class Xml {
    static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";
    private static final Pattern BREAKING_SPACES = Pattern.compile("[ \\t\\r\\n]+");
    private static final Pattern LEADING_SPACES = Pattern.compile("^[\\s\\u00A0\\u202F]+");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+$");

    private Xml() {
    }

    static String name(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    static List<Element> children(Element parent, String name) {
        return children(parent).stream().filter(child -> name(child).equals(name)).toList();
    }

    static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(child -> name(child).equals(name)).findFirst();
    }

    /** All descendants named {@code name}, in document order. */
    static List<Element> descendants(Element root, String name) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(root)) {
            if (name(child).equals(name)) {
                found.add(child);
            }
            found.addAll(descendants(child, name));
        }
        return found;
    }

    static Optional<Element> parent(Element element) {
        return element.getParentNode() instanceof Element parent ? Optional.of(parent) : Optional.empty();
    }

    static boolean isInside(Element element, Element ancestor) {
        for (Node up = element.getParentNode(); up != null; up = up.getParentNode()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The element's text with runs of white space collapsed and ends trimmed. */
    static String text(Element element) {
        return trim(collapse(element.getTextContent()));
    }

    /** Trims white space including no-break spaces, which {@link String#strip()} keeps. */
    static String trim(String text) {
        return trimEnd(trimStart(text));
    }

    static String trimStart(String text) {
        return LEADING_SPACES.matcher(text).replaceAll("");
    }

    static String trimEnd(String text) {
        return TRAILING_SPACES.matcher(text).replaceAll("");
    }

    static String childText(Element parent, String name) {
        return child(parent, name).map(Xml::text).orElse("");
    }

    /** Collapses tabs, line breaks and repeated spaces; no-break spaces stay (French typography). */
    static String collapse(String text) {
        return BREAKING_SPACES.matcher(text).replaceAll(" ");
    }
}
