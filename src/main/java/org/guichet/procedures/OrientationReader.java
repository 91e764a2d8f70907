package org.guichet.procedures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guichet.domain.procedure.CalloutKind;
import org.guichet.domain.procedure.Crumb;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Orientation;
import org.guichet.domain.procedure.ProcedureSummary;
import org.w3c.dom.Element;

/** Gathers what a citizen needs to act from a fiche's body and resource lists. */
final class OrientationReader {
    /** The parts of a fiche that readers read; the rest is metadata, links and glossary. */
    private static final Set<String> BODY = Set.of("Introduction", "Texte", "ListeSituations");

    private OrientationReader() {
    }

    static Orientation read(Element root, ProcedureSummary summary) {
        List<Element> body = Xml.children(root).stream().filter(child -> BODY.contains(Xml.name(child))).toList();
        return new Orientation(
                situations(root),
                body.stream().flatMap(part -> RequiredDocumentsExtractor.extract(part).stream()).toList(),
                body.stream().flatMap(part -> CostExtractor.extract(part).stream()).toList(),
                offices(root),
                onlineServices(root, summary),
                body.stream().flatMap(part -> AppealRouteExtractor.routes(part, summary.title()).stream()).toList(),
                AppealRouteExtractor.guides(root),
                body.stream().flatMap(part -> Xml.descendants(part, "Attention").stream())
                        .map(attention -> BlockReader.callout(CalloutKind.ATTENTION, attention))
                        .toList(),
                body.stream().flatMap(part -> DelayExtractor.extract(part).stream()).toList());
    }

    private static List<String> situations(Element root) {
        return Xml.child(root, "ListeSituations").stream()
                .flatMap(list -> Xml.children(list, "Situation").stream())
                .map(Sections::title)
                .toList();
    }

    /** Every place the fiche names, once each, in the order it first names them. */
    private static List<Office> offices(Element root) {
        Map<String, Office> offices = new LinkedHashMap<>();
        Xml.descendants(root, "OuSAdresser").forEach(place -> offices.putIfAbsent(place.getAttribute("ID"), OfficeReader.read(place)));
        return List.copyOf(offices.values());
    }

    /** For a resource, itself and its annexes first; then every online service the fiche offers, once each. */
    private static List<OnlineService> onlineServices(Element root, ProcedureSummary summary) {
        List<OnlineService> services = new ArrayList<>();
        if (Xml.name(root).equals("ServiceComplementaire")) {
            services.add(itself(root, summary));
            Xml.children(root, "ServiceEnLigneAnnexe").forEach(annex -> services.add(OnlineServiceReader.read(annex)));
        }
        Map<String, OnlineService> offered = new LinkedHashMap<>();
        Xml.descendants(root, "ServiceEnLigne").forEach(service -> offered.putIfAbsent(service.getAttribute("ID"), OnlineServiceReader.read(service)));
        services.addAll(offered.values());
        return services;
    }

    private static OnlineService itself(Element root, ProcedureSummary summary) {
        Element link = Xml.child(root, "LienWeb").orElse(null);
        String ownTitle = summary.breadcrumb().stream()
                .filter(crumb -> crumb.id().equals(summary.id()))
                .map(Crumb::title)
                .findFirst()
                .orElse(summary.title());
        return new OnlineService(
                summary.id(),
                ownTitle,
                summary.subtype(),
                OnlineServiceReader.cerfa(Xml.childText(root, "NumeroCerfa")),
                link == null ? "" : link.getAttribute("URL"),
                link == null ? "" : Xml.childText(link, "Source"),
                summary.description());
    }
}
