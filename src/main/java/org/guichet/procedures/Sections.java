package org.guichet.procedures;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.w3c.dom.Element;

/** Chapters, options and the situation path that leads to a piece of content. */
final class Sections {
    private static final Set<String> SECTIONS = Set.of("Chapitre", "SousChapitre");
    private static final Set<String> OPTIONS = Set.of("Situation", "Cas");

    private Sections() {
    }

    static String title(Element section) {
        return Xml.childText(section, "Titre");
    }

    static int level(Element section) {
        int level = 1;
        for (Optional<Element> up = Xml.parent(section); up.isPresent(); up = Xml.parent(up.get())) {
            if (SECTIONS.contains(Xml.name(up.get()))) {
                level++;
            }
        }
        return level;
    }

    /** Titles of the {@code Situation} and {@code Cas} options around {@code element}, outermost first. */
    static List<String> situation(Element element) {
        List<String> path = new ArrayList<>();
        for (Optional<Element> up = Xml.parent(element); up.isPresent(); up = Xml.parent(up.get())) {
            if (OPTIONS.contains(Xml.name(up.get()))) {
                path.add(title(up.get()));
            }
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * Chapters, sub-chapters and options under {@code root} that {@code matches} accepts, without
     * the ones nested in an accepted one.
     */
    static List<Element> outermost(Element root, Predicate<Element> matches) {
        List<Element> found = new ArrayList<>();
        for (Element child : Xml.children(root)) {
            boolean candidate = SECTIONS.contains(Xml.name(child)) || OPTIONS.contains(Xml.name(child));
            if (candidate && matches.test(child)) {
                found.add(child);
            } else {
                found.addAll(outermost(child, matches));
            }
        }
        return found;
    }

    /** Whether {@code element} lies inside an element named one of {@code names}, below {@code top}. */
    static boolean insideAny(Element element, Element top, Set<String> names) {
        for (Optional<Element> up = Xml.parent(element); up.isPresent() && up.get() != top; up = Xml.parent(up.get())) {
            if (names.contains(Xml.name(up.get()))) {
                return true;
            }
        }
        return false;
    }
}
