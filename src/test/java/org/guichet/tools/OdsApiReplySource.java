package org.guichet.tools;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saved replies of the API Annuaire (Opendatasoft Explore v2.1). Each record keeps its fields, in
 * its order, turned into the v4 dump's types: list fields held as JSON text are parsed; list
 * fields held as a plain string (one e-mail, fax or URL) become a one-element list; {@code null}
 * becomes {@code []} for list fields and {@code ""} otherwise. The API's ISO copies of the dates
 * ({@code *_datetime}) have no place in the dump and are left out.
 */
final class OdsApiReplySource implements AnnuaireSource {
    static final String GLOB = "ods-v2.1-response-*.json";

    /** The fields that are arrays in the v4 dump. */
    static final Set<String> LIST_FIELDS = Set.of(
            "adresse", "adresse_courriel", "affectation_personne", "ancien_identifiant", "ancien_nom",
            "annuaire", "application_mobile", "formulaire_contact", "hierarchie", "organigramme", "pivot",
            "plage_ouverture", "reseau_social", "site_internet", "sve", "tchat", "telecopie",
            "telephone", "telephone_accessible", "texte_reference");
    private static final Set<String> ODS_ONLY_FIELDS = Set.of("date_creation_datetime", "date_modification_datetime");

    @Override
    public String origin() {
        return "`ods-v2.1-response-*.json`: saved API Annuaire replies (via betagouv/rdv-service-public test files)";
    }

    @Override
    public List<JsonObject> read(Path annuaireDir) throws IOException {
        List<JsonObject> records = new ArrayList<>();
        for (Path file : SourceFiles.matching(annuaireDir, GLOB)) {
            for (JsonElement result : JsonFiles.parse(file).getAsJsonObject().getAsJsonArray("results")) {
                records.add(toService(result.getAsJsonObject()));
            }
        }
        return records;
    }

    static JsonObject toService(JsonObject odsRecord) {
        JsonObject service = new JsonObject();
        for (Map.Entry<String, JsonElement> field : odsRecord.entrySet()) {
            String name = field.getKey();
            if (!ODS_ONLY_FIELDS.contains(name)) {
                service.add(name, LIST_FIELDS.contains(name) ? list(field.getValue()) : scalar(field.getValue()));
            }
        }
        return service;
    }

    private static JsonElement list(JsonElement odsValue) {
        if (odsValue.isJsonNull()) {
            return new JsonArray();
        }
        String text = odsValue.getAsString();
        if (text.strip().startsWith("[")) {
            return JsonParser.parseString(text).getAsJsonArray();
        }
        JsonArray single = new JsonArray();
        single.add(text);
        return single;
    }

    private static JsonElement scalar(JsonElement odsValue) {
        return odsValue.isJsonNull() ? new JsonPrimitive("") : odsValue;
    }
}
