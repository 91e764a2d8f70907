package org.guichet.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * ANCT's France services list (GeoJSON, one feature per site). Ids are name-based UUIDs of the
 * site's {@code MATRICULE}; the day strings are read by {@link FranceServicesHours}.
 */
final class FranceServicesGeojsonSource implements AnnuaireSource {
    static final String FILE = "anct-france-services-2020.geojson";
    static final String ID_NAME_PREFIX = "https://github.com/anct-carto/France-services#MATRICULE=";
    private static final List<String> DAY_FIELDS =
            List.of("h_lundi", "h_mardi", "h_mercredi", "h_jeudi", "h_vendredi", "h_samedi");
    /** A 4-digit postcode is a 5-digit one whose leading zero a spreadsheet dropped. */
    private static final String LOST_LEADING_ZERO = "\\d{4}";

    @Override
    public String origin() {
        return "`anct-france-services-2020.geojson`: anct-carto/France-services `data/france_services.geojson` (every France services site, 2020; no per-record date, labellisations dated 01/2020 to 01/09/2020)";
    }

    @Override
    public List<JsonObject> read(Path annuaireDir) throws IOException {
        List<JsonObject> records = new ArrayList<>();
        for (JsonElement feature : JsonFiles.parse(annuaireDir.resolve(FILE)).getAsJsonObject().getAsJsonArray("features")) {
            records.add(toService(feature.getAsJsonObject().getAsJsonObject("properties")));
        }
        return records;
    }

    static JsonObject toService(JsonObject site) {
        String insee = Text.member(site, "insee_com");
        List<String> days = DAY_FIELDS.stream().map(field -> Text.member(site, field)).toList();
        return new ServiceRecord(NameBasedIds.uuid5(ID_NAME_PREFIX + Text.member(site, "MATRICULE")))
                .nom(Text.member(site, "lib_france_services"))
                .pivot("france_services", List.of(insee))
                .codeInseeCommune(insee)
                .adresse(new Address(
                        Address.PHYSICAL,
                        AddressLines.of(Text.member(site, "COMPLEMENT.D.ADRESSE"), Text.member(site, "ADRESSE")),
                        postcode(Text.member(site, "code_postal"), insee),
                        Text.member(site, "lib_com"),
                        Text.member(site, "LONGITUDE"),
                        Text.member(site, "LATITUDE"),
                        "",
                        ""))
                .telephone(absentIfDash(Text.member(site, "TELEPHONE")), "")
                .adresseCourriel(absentIfDash(Text.member(site, "CONTACT.MAIL")))
                .plageOuverture(FranceServicesHours.week(days))
                .commentairePlageOuverture(Text.member(site, "Commentaire.horaires"))
                .toJson();
    }

    private static String postcode(String raw, String insee) {
        return raw.matches(LOST_LEADING_ZERO) && insee.startsWith("0") ? "0" + raw : raw;
    }

    /** The file writes "-" for "none" in its phone and e-mail columns. */
    private static String absentIfDash(String raw) {
        return raw.equals("-") ? "" : raw;
    }
}
