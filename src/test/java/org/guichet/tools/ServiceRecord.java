package org.guichet.tools;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one record of the DILA v4 dump ({@code {"service":[…]}}) from a source that is not v4.
 * Every field the builder writes is present in the output, in DILA's names, with the dump's empty
 * values ({@code ""} or {@code []}) where the source has nothing.
 */
final class ServiceRecord {
    private final String id;
    private String nom = "";
    private String ancienCodePivot = "";
    private final JsonArray pivot = new JsonArray();
    private String codeInseeCommune = "";
    private final JsonArray adresse = new JsonArray();
    private final JsonArray telephone = new JsonArray();
    private final JsonArray telecopie = new JsonArray();
    private final JsonArray adresseCourriel = new JsonArray();
    private final JsonArray siteInternet = new JsonArray();
    private final List<OpeningEntry> plageOuverture = new ArrayList<>();
    private String commentairePlageOuverture = "";
    private String informationComplementaire = "";
    private String dateModification = "";
    private String copyright = "";

    ServiceRecord(String id) {
        this.id = id;
    }

    ServiceRecord nom(String value) {
        nom = value;
        return this;
    }

    ServiceRecord ancienCodePivot(String value) {
        ancienCodePivot = value;
        return this;
    }

    ServiceRecord pivot(String typeServiceLocal, List<String> inseeCodes) {
        JsonObject entry = new JsonObject();
        entry.addProperty("type_service_local", typeServiceLocal);
        JsonArray codes = new JsonArray();
        inseeCodes.forEach(codes::add);
        entry.add("code_insee_commune", codes);
        pivot.add(entry);
        return this;
    }

    ServiceRecord codeInseeCommune(String value) {
        codeInseeCommune = value;
        return this;
    }

    ServiceRecord adresse(Address value) {
        adresse.add(value.toJson());
        return this;
    }

    /** Adds a phone; a blank number is left out rather than written as an empty entry. */
    ServiceRecord telephone(String valeur, String description) {
        if (!valeur.isBlank()) {
            JsonObject phone = new JsonObject();
            phone.addProperty("valeur", valeur);
            phone.addProperty("description", description);
            telephone.add(phone);
        }
        return this;
    }

    ServiceRecord telecopie(String value) {
        addIfPresent(telecopie, value);
        return this;
    }

    ServiceRecord adresseCourriel(String value) {
        addIfPresent(adresseCourriel, value);
        return this;
    }

    ServiceRecord siteInternet(String url) {
        if (!url.isBlank()) {
            JsonObject site = new JsonObject();
            site.addProperty("libelle", "");
            site.addProperty("valeur", url);
            siteInternet.add(site);
        }
        return this;
    }

    ServiceRecord plageOuverture(List<OpeningEntry> entries) {
        plageOuverture.addAll(entries);
        return this;
    }

    ServiceRecord commentairePlageOuverture(String value) {
        commentairePlageOuverture = value;
        return this;
    }

    ServiceRecord informationComplementaire(String value) {
        informationComplementaire = value;
        return this;
    }

    ServiceRecord dateModification(String value) {
        dateModification = value;
        return this;
    }

    ServiceRecord copyright(String value) {
        copyright = value;
        return this;
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("id", id);
        json.addProperty("nom", nom);
        json.addProperty("sigle", "");
        json.addProperty("ancien_code_pivot", ancienCodePivot);
        json.add("pivot", pivot);
        json.addProperty("code_insee_commune", codeInseeCommune);
        json.add("adresse", adresse);
        json.add("telephone", telephone);
        json.add("telephone_accessible", new JsonArray());
        json.add("telecopie", telecopie);
        json.add("adresse_courriel", adresseCourriel);
        json.add("site_internet", siteInternet);
        json.add("formulaire_contact", new JsonArray());
        json.add("tchat", new JsonArray());
        JsonArray hours = new JsonArray();
        plageOuverture.forEach(entry -> hours.add(entry.toJson()));
        json.add("plage_ouverture", hours);
        json.addProperty("commentaire_plage_ouverture", commentairePlageOuverture);
        json.addProperty("information_complementaire", informationComplementaire);
        json.addProperty("date_modification", dateModification);
        json.addProperty("copyright", copyright);
        json.addProperty("url_service_public", "");
        return json;
    }

    private static void addIfPresent(JsonArray array, String value) {
        if (!value.isBlank()) {
            array.add(value);
        }
    }
}
