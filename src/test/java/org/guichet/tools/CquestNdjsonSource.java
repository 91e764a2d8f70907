package org.guichet.tools;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * cquest/annuaire-services-publics, Loiret (2016): one JSON object per line, cquest's own field
 * names, no opening hours. Its {@code id} is the DILA v2 pivot id ("mairie-45234-01"): it is kept
 * as {@code ancien_code_pivot} and named into the UUID like the v2 XML's ids. cquest's own BAN geocoding ({@code geo})
 * is not used: the DILA coordinates are {@code latitude}/{@code longitude}.
 */
final class CquestNdjsonSource implements AnnuaireSource {
    static final String FILE = "cquest-2016-annuaire-45-loiret.ndjson";

    @Override
    public String origin() {
        return "`cquest-2016-annuaire-45-loiret.ndjson`: cquest/annuaire-services-publics `data/annuaire-45.sjson` (whole Loiret département, from the DILA annuaire, extracted in 2016; dates from its `update` field)";
    }

    @Override
    public List<JsonObject> read(Path annuaireDir) throws IOException {
        List<JsonObject> records = new ArrayList<>();
        for (String line : Files.readAllLines(annuaireDir.resolve(FILE), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                records.add(toService(JsonParser.parseString(line).getAsJsonObject()));
            }
        }
        return records;
    }

    static JsonObject toService(JsonObject office) {
        String pivotId = Text.member(office, "id");
        String insee = Text.member(office, "codeinsee");
        JsonObject address = office.getAsJsonObject("writeAddress");
        ServiceRecord service = new ServiceRecord(NameBasedIds.uuid5(NameBasedIds.DILA_V2_PIVOT_PREFIX + pivotId))
                .nom(Text.member(office, "nom"))
                .ancienCodePivot(pivotId)
                .pivot(Text.member(office, "type"), List.of(insee))
                .codeInseeCommune(insee)
                .adresse(new Address(
                        Address.PHYSICAL,
                        AddressLines.spread(Text.strings(address, "streetAddress")),
                        Text.member(address, "postalCode"),
                        Text.member(address, "addressLocality"),
                        Text.member(office, "longitude"),
                        Text.member(office, "latitude"),
                        Text.member(office, "accessibilite_type"),
                        Text.member(office, "accessibilite_text")))
                .telephone(Text.member(office, "contact_phone"), "")
                .telecopie(Text.member(office, "contact_fax"))
                .adresseCourriel(Text.member(office, "contact_email"))
                .informationComplementaire(Text.member(office, "commentaire"))
                .dateModification(DilaDates.fromIsoDate(Text.member(office, "update")))
                .copyright(Text.member(office, "editeursource"));
        Text.strings(office, "website").forEach(service::siteInternet);
        return service.toJson();
    }
}
