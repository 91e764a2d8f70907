package org.guichet.tools;

import com.google.gson.JsonObject;

/** One {@code adresse} entry of the v4 dump; unknown parts stay {@code ""}. */
record Address(
        String typeAdresse,
        AddressLines lines,
        String codePostal,
        String nomCommune,
        String longitude,
        String latitude,
        String accessibilite,
        String noteAccessibilite) {

    static final String PHYSICAL = "Adresse";
    static final String POSTAL = "Adresse postale";

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("type_adresse", typeAdresse);
        json.addProperty("complement1", lines.complement1());
        json.addProperty("complement2", lines.complement2());
        json.addProperty("numero_voie", lines.numeroVoie());
        json.addProperty("service_distribution", lines.serviceDistribution());
        json.addProperty("code_postal", codePostal);
        json.addProperty("nom_commune", nomCommune);
        json.addProperty("pays", "");
        json.addProperty("longitude", longitude);
        json.addProperty("latitude", latitude);
        json.addProperty("accessibilite", accessibilite);
        json.addProperty("note_accessibilite", noteAccessibilite);
        return json;
    }
}
