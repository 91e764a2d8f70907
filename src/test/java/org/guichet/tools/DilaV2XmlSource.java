package org.guichet.tools;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * DILA's pre-2022 "données locales v2" XML, one {@code <Organisme>} per file. The reader knows every
 * element of the files it is given and fails on any other, so no value is dropped unnoticed; the
 * only one it sets aside is {@code <Localisation><Précision>}, a geocoding quality code with no v4
 * field.
 */
final class DilaV2XmlSource implements AnnuaireSource {
    static final String GLOB = "dila-v2-organisme-*.xml";
    private static final Map<String, String> ADDRESS_TYPES =
            Map.of("physique", Address.PHYSICAL, "postale", Address.POSTAL);

    @Override
    public String origin() {
        return "`dila-v2-organisme-msa-01053-01.xml`: DILA données locales v2 (via betagouv/annuaire-api test files)";
    }

    @Override
    public List<JsonObject> read(Path annuaireDir) throws IOException {
        List<JsonObject> records = new ArrayList<>();
        for (Path file : SourceFiles.matching(annuaireDir, GLOB)) {
            records.add(toService(parse(file)));
        }
        return records;
    }

    static JsonObject toService(Element organisme) {
        String pivotId = organisme.getAttribute("id");
        String insee = organisme.getAttribute("codeInsee");
        ServiceRecord service = new ServiceRecord(NameBasedIds.uuid5(NameBasedIds.DILA_V2_PIVOT_PREFIX + pivotId))
                .ancienCodePivot(pivotId)
                .pivot(organisme.getAttribute("pivotLocal"), List.of(insee))
                .codeInseeCommune(insee)
                .dateModification(DilaDates.fromIsoDate(organisme.getAttribute("dateMiseAJour")));
        for (Element child : children(organisme)) {
            switch (child.getTagName()) {
                case "Nom" -> service.nom(text(child));
                case "EditeurSource" -> service.copyright(text(child));
                case "Adresse" -> service.adresse(address(child));
                case "CoordonnéesNum" -> contacts(child, service);
                case "Ouverture" -> service.plageOuverture(openingHours(child));
                default -> throw unknown(child);
            }
        }
        return service.toJson();
    }

    private static Address address(Element adresse) {
        String type = ADDRESS_TYPES.get(adresse.getAttribute("type"));
        if (type == null) {
            throw new IllegalArgumentException("unknown v2 address type: " + adresse.getAttribute("type"));
        }
        List<String> lines = new ArrayList<>();
        String codePostal = "";
        String nomCommune = "";
        String latitude = "";
        String longitude = "";
        for (Element child : children(adresse)) {
            switch (child.getTagName()) {
                case "Ligne" -> lines.add(text(child));
                case "CodePostal" -> codePostal = text(child);
                case "NomCommune" -> nomCommune = text(child);
                case "Localisation" -> {
                    latitude = childText(child, "Latitude");
                    longitude = childText(child, "Longitude");
                }
                default -> throw unknown(child);
            }
        }
        return new Address(type, AddressLines.spread(lines), codePostal, nomCommune, longitude, latitude, "", "");
    }

    private static void contacts(Element coordonnees, ServiceRecord service) {
        for (Element child : children(coordonnees)) {
            switch (child.getTagName()) {
                case "Téléphone" -> service.telephone(text(child), "");
                case "Télécopie" -> service.telecopie(text(child));
                case "Email" -> service.adresseCourriel(text(child));
                case "Url" -> service.siteInternet(text(child));
                default -> throw unknown(child);
            }
        }
    }

    private static List<OpeningEntry> openingHours(Element ouverture) {
        List<OpeningEntry> entries = new ArrayList<>();
        for (Element plageJ : children(ouverture)) {
            if (!plageJ.getTagName().equals("PlageJ")) {
                throw unknown(plageJ);
            }
            List<DayHours.Slot> slots = new ArrayList<>();
            String note = "";
            for (Element child : children(plageJ)) {
                switch (child.getTagName()) {
                    case "PlageH" -> slots.add(new DayHours.Slot(child.getAttribute("début"), child.getAttribute("fin")));
                    case "Note" -> note = text(child);
                    default -> throw unknown(child);
                }
            }
            entries.add(new OpeningEntry(
                    OpeningEntry.dayName(plageJ.getAttribute("début")),
                    OpeningEntry.dayName(plageJ.getAttribute("fin")),
                    new DayHours(slots, note)));
        }
        return entries;
    }

    private static Element parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + file, e);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String childText(Element parent, String tagName) {
        return children(parent).stream()
                .filter(child -> child.getTagName().equals(tagName))
                .map(DilaV2XmlSource::text)
                .findFirst()
                .orElse("");
    }

    private static String text(Element element) {
        return Text.clean(element.getTextContent());
    }

    private static IllegalArgumentException unknown(Element element) {
        return new IllegalArgumentException("v2 element not handled: <" + element.getTagName() + ">");
    }
}
