package org.guichet.procedures;

import java.util.Optional;
import org.guichet.domain.procedure.OnlineService;
import org.w3c.dom.Element;

/** Reads a {@code ServiceEnLigne} or a {@code ServiceEnLigneAnnexe}. */
final class OnlineServiceReader {
    private OnlineServiceReader() {
    }

    static OnlineService read(Element service) {
        String url = service.hasAttribute("URL")
                ? service.getAttribute("URL")
                : Xml.child(service, "LienWeb").map(web -> web.getAttribute("URL")).orElse("");
        return new OnlineService(
                service.getAttribute("ID"),
                Xml.childText(service, "Titre"),
                service.getAttribute("type"),
                cerfa(service.getAttribute("numerocerfa")),
                url,
                Xml.childText(service, "Source"),
                Xml.child(service, "Introduction").or(() -> Xml.child(service, "Texte")).map(Xml::text).orElse(""));
    }

    static Optional<String> cerfa(String number) {
        String stripped = number == null ? "" : number.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }
}
