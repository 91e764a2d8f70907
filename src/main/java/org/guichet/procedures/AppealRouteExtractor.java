package org.guichet.procedures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guichet.domain.procedure.AppealRoute;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.RelatedPublication;
import org.guichet.domain.procedure.TimeLimit;
import org.w3c.dom.Element;

/**
 * Appeal routes. In an ordinary fiche: the chapters and options titled "Recours", "Que faire en
 * cas de refus"…, and the "Décision" chapters that explain the appeal. In an appeal
 * fiche (its own title speaks of a "recours", e.g. F2474, F2026, F12567): each of its top-level
 * chapters or situations. Deadlines are the paragraphs, items and rows
 * of the route that speak of a "délai" or name a duration.
 */
final class AppealRouteExtractor {
    /** The fiches that explain how to appeal: administrative appeal, the administrative judge, refused ID papers. */
    static final Set<String> APPEAL_GUIDES = Set.of("F2474", "F2026", "F12567", "F2478");
    private static final Set<String> SECTIONS = Set.of("Chapitre", "SousChapitre", "Situation", "Cas");

    private AppealRouteExtractor() {
    }

    static List<AppealRoute> routes(Element body, String ficheTitle) {
        List<Element> sections = Titles.announcesAppeal(ficheTitle)
                ? Sections.outermost(body, section -> Set.of("Chapitre", "Situation").contains(Xml.name(section)))
                : Sections.outermost(body, AppealRouteExtractor::isAppealSection);
        return sections.stream().map(AppealRouteExtractor::route).toList();
    }

    /** Links to the appeal guides, in the order the fiche first names them. */
    static List<RelatedPublication> guides(Element root) {
        Map<String, RelatedPublication> guides = new LinkedHashMap<>();
        for (Element link : Xml.descendants(root, "LienInterne")) {
            String id = link.getAttribute("LienPublication");
            if (APPEAL_GUIDES.contains(id) && !id.equals(root.getAttribute("ID"))) {
                guides.putIfAbsent(id, new RelatedPublication(id, Xml.text(link)));
            }
        }
        for (String name : List.of("Fiche", "QuestionReponse")) {
            for (Element reference : Xml.descendants(root, name)) {
                String id = reference.getAttribute("ID");
                if (APPEAL_GUIDES.contains(id) && !id.equals(root.getAttribute("ID"))) {
                    String title = Xml.child(reference, "Titre").map(Xml::text).orElse(Xml.text(reference));
                    guides.putIfAbsent(id, new RelatedPublication(id, title));
                }
            }
        }
        return List.copyOf(guides.values());
    }

    private static boolean isAppealSection(Element section) {
        if (!SECTIONS.contains(Xml.name(section))) {
            return false;
        }
        String title = Sections.title(section);
        return Titles.announcesAppeal(title)
                || (TextKey.of(title).equals("decision") && TextKey.of(Xml.text(section)).contains("recours"));
    }

    private static AppealRoute route(Element section) {
        List<String> situation = Sections.situation(section);
        List<TimeLimit> deadlines = new ArrayList<>();
        for (Element unit : TextUnits.of(section)) {
            String text = TextUnits.text(unit);
            if (TimeLimits.mentionsDelay(text) || TimeLimits.namesDuration(text)) {
                deadlines.add(new TimeLimit(Sections.situation(unit), text, TimeLimits.period(text)));
            }
        }
        Map<String, Office> offices = new LinkedHashMap<>();
        Xml.descendants(section, "OuSAdresser").forEach(place -> offices.putIfAbsent(place.getAttribute("ID"), OfficeReader.read(place)));
        return new AppealRoute(situation, Sections.title(section), deadlines, List.copyOf(offices.values()),
                BlockReader.read(section));
    }
}
