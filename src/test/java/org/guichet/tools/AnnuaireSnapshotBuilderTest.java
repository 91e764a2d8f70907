package org.guichet.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnuaireSnapshotBuilderTest {
    private static final Path SOURCES = Path.of("../shared/data/annuaire");
    private static final Path COMMITTED_DUMP = Path.of("assets/annuaire/annuaire-snapshot.json.gz");
    private static final Path COMMITTED_README = Path.of("assets/annuaire/SNAPSHOT.md");

    private static AnnuaireSnapshotBuilder.Snapshot snapshot;
    private static List<JsonObject> services;

    @BeforeAll
    static void build() throws IOException {
        snapshot = AnnuaireSnapshotBuilder.build(SOURCES);
        services = snapshot.servicesById();
    }

    @Test
    void rebuildingGivesTheCommittedFilesByteForByte(@TempDir Path dir) throws IOException {
        Path dump = dir.resolve("annuaire-snapshot.json.gz");

        AnnuaireSnapshotBuilder.write(SOURCES, dump);

        assertThat(Files.readAllBytes(dump)).isEqualTo(Files.readAllBytes(COMMITTED_DUMP));
        assertThat(Files.readString(dir.resolve("SNAPSHOT.md"))).isEqualTo(Files.readString(COMMITTED_README));
    }

    @Test
    void theCommittedFileIsAValidGzipV4DumpOfTheBuiltRecords() throws IOException {
        assertThat(V4DumpFile.readGzip(COMMITTED_DUMP)).isEqualTo(services);
    }

    @Test
    void keepsEveryRecordOfEverySource() {
        Map<String, Integer> kept = snapshot.sources().stream().collect(Collectors.toMap(
                source -> source.source().getClass().getSimpleName(), source -> source.kept().size()));

        assertThat(kept).containsExactlyInAnyOrderEntriesOf(Map.of(
                "DilaV4DumpSource", 2,
                "OdsApiReplySource", 2,
                "DilaV2XmlSource", 1,
                "CquestNdjsonSource", 580,
                "AnnuaireApiV3Source", 59,
                "FranceServicesGeojsonSource", 908));
        assertThat(snapshot.sources()).allSatisfy(source -> assertThat(source.duplicates()).isZero());
        assertThat(services).hasSize(1552);
    }

    @Test
    void idsAreUniqueAndSorted() {
        List<String> ids = services.stream().map(service -> service.get("id").getAsString()).toList();

        assertThat(ids).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void everyRecordHasTheV4ListAndTextFields() {
        assertThat(services).allSatisfy(service -> {
            for (String list : List.of("pivot", "adresse", "telephone", "adresse_courriel", "site_internet", "plage_ouverture")) {
                assertThat(service.get(list).isJsonArray()).as("%s in %s", list, service.get("id")).isTrue();
            }
            for (String text : List.of("id", "nom", "code_insee_commune", "commentaire_plage_ouverture", "date_modification")) {
                assertThat(service.get(text).getAsJsonPrimitive().isString()).as("%s in %s", text, service.get("id")).isTrue();
            }
            for (JsonElement entry : service.getAsJsonArray("plage_ouverture")) {
                assertThat(entry.getAsJsonObject().keySet()).contains(
                        "nom_jour_debut", "nom_jour_fin", "valeur_heure_debut_1", "valeur_heure_fin_1",
                        "valeur_heure_debut_2", "valeur_heure_fin_2");
            }
        });
    }

    @Test
    void aFranceServicesSiteHasTheHoursOfItsDayStrings() {
        // MATRICULE 1, Valserhône: h_lundi … h_vendredi "9:00 - 12:00 / 13:30 - 17:00", h_samedi "-"
        JsonObject valserhone = service("f61f941d-5eed-586c-970f-9d7c305b1ad2");

        assertThat(valserhone.get("nom").getAsString()).isEqualTo("Valserhône");
        assertThat(valserhone.get("pivot")).isEqualTo(JsonParser.parseString(
                "[{\"type_service_local\":\"france_services\",\"code_insee_commune\":[\"01033\"]}]"));
        assertThat(valserhone.get("plage_ouverture")).isEqualTo(JsonParser.parseString("""
                [{"nom_jour_debut":"Lundi","nom_jour_fin":"Vendredi",
                  "valeur_heure_debut_1":"09:00:00","valeur_heure_fin_1":"12:00:00",
                  "valeur_heure_debut_2":"13:30:00","valeur_heure_fin_2":"17:00:00","commentaire":""}]"""));
        JsonObject address = valserhone.getAsJsonArray("adresse").get(0).getAsJsonObject();
        assertThat(address.get("numero_voie").getAsString()).isEqualTo("5-9 Rue des Papetiers Bellegarde sur Valserine");
        assertThat(address.get("latitude").getAsString()).isEqualTo("46.105747");
        assertThat(address.get("longitude").getAsString()).isEqualTo("5.825644");
        assertThat(valserhone.get("telephone")).isEqualTo(JsonParser.parseString(
                "[{\"valeur\":\"04 50 56 87 49\",\"description\":\"\"}]"));
    }

    @Test
    void aFranceServicesSiteKeepsItsQualifiedHoursAndHoursComment() {
        // MATRICULE 88, Mézidon: Monday–Friday "9:30 - 12:30 / 13:30 - 17:30", Saturday "9:00 - 12:30"
        JsonObject mezidon = franceServices(88);

        assertThat(mezidon.getAsJsonArray("plage_ouverture")).hasSize(2);
        assertThat(mezidon.get("commentaire_plage_ouverture").getAsString()).isEqualTo("CNI/Passeport seulement le samedi matin");
        // MATRICULE 167, Senonches: "9:00 - 13:00 / Sur RDV : 14:00 - 18:00" Monday–Thursday
        JsonObject senonches = franceServices(167).getAsJsonArray("plage_ouverture").get(0).getAsJsonObject();
        assertThat(senonches.get("nom_jour_fin").getAsString()).isEqualTo("Jeudi");
        assertThat(senonches.get("valeur_heure_fin_1").getAsString()).isEqualTo("13:00:00");
        assertThat(senonches.get("valeur_heure_debut_2").getAsString()).isEmpty();
        assertThat(senonches.get("commentaire").getAsString()).isEqualTo("Sur RDV : 14:00 - 18:00");
    }

    @Test
    void aLoiretMairieKeepsItsCquestValues() {
        JsonObject orleans = service(NameBasedIds.uuid5(NameBasedIds.DILA_V2_PIVOT_PREFIX + "mairie-45234-01"));

        assertThat(orleans.get("nom").getAsString()).isEqualTo("Mairie d'Orléans");
        assertThat(orleans.get("ancien_code_pivot").getAsString()).isEqualTo("mairie-45234-01");
        assertThat(orleans.get("telephone")).isEqualTo(JsonParser.parseString(
                "[{\"valeur\":\"+33 2 38 79 22 22\",\"description\":\"\"}]"));
        assertThat(orleans.get("adresse_courriel")).isEqualTo(JsonParser.parseString("[\"info@ville-orleans.fr\"]"));
        assertThat(orleans.get("date_modification").getAsString()).isEqualTo("12/05/2015 00:00:00");
        assertThat(orleans.get("plage_ouverture").getAsJsonArray()).isEmpty();
        JsonObject address = orleans.getAsJsonArray("adresse").get(0).getAsJsonObject();
        assertThat(address.get("numero_voie").getAsString()).isEqualTo("1 place de l'Étape");
        assertThat(address.get("code_postal").getAsString()).isEqualTo("45040");
        assertThat(address.get("accessibilite").getAsString()).isEqualTo("ACC");
    }

    @Test
    void theVerderonneOdsReplyBecomesAV4Record() {
        JsonObject verderonne = service("000e1df5-ae69-4a43-a52b-f6061bcc3707");

        assertThat(verderonne.get("telephone")).isEqualTo(JsonParser.parseString("""
                [{"valeur":"03 44 73 08 09",
                  "description":"Joignable par téléphone le mardi, jeudi, vendredi, et samedi matin."}]"""));
        assertThat(verderonne.get("plage_ouverture")).isEqualTo(JsonParser.parseString("""
                [{"nom_jour_debut":"Mardi","nom_jour_fin":"Mardi","valeur_heure_debut_1":"17:00:00",
                  "valeur_heure_fin_1":"19:00:00","valeur_heure_debut_2":"","valeur_heure_fin_2":"","commentaire":""},
                 {"nom_jour_debut":"Samedi","nom_jour_fin":"Samedi","valeur_heure_debut_1":"09:00:00",
                  "valeur_heure_fin_1":"11:30:00","valeur_heure_debut_2":"","valeur_heure_fin_2":"","commentaire":""}]"""));
        assertThat(verderonne.get("pivot")).isEqualTo(JsonParser.parseString(
                "[{\"type_service_local\":\"mairie\",\"code_insee_commune\":[\"60669\"]}]"));
        assertThat(verderonne.get("adresse_courriel")).isEqualTo(JsonParser.parseString("[\"commune-de-verderonne@orange.fr\"]"));
        assertThat(verderonne.get("reseau_social")).isEqualTo(new JsonArray());
        assertThat(verderonne.get("sigle").getAsString()).isEmpty();
        assertThat(verderonne.keySet()).doesNotContain("date_modification_datetime", "date_creation_datetime");
    }

    @Test
    void theV4DumpRecordsAreCopiedAsTheyAre() throws IOException {
        JsonElement fontaine = JsonFiles.parse(SOURCES.resolve("dila-v4-local-sample-fontaine-le-port.json"));
        JsonElement breux = JsonFiles.parse(SOURCES.resolve("dila-v4-local-sample-breux-sur-avre.json"))
                .getAsJsonObject().getAsJsonArray("service").get(0);

        assertThat(service("00007e4d-264c-43a0-b0b7-7f3b7dd995ab")).isEqualTo(fontaine);
        assertThat(service("0b19da66-336b-4a4d-a56a-1bbf731ec306")).isEqualTo(breux);
    }

    @Test
    void theV2XmlOfficeKeepsItsHoursNotesAndPostalAddress() {
        JsonObject msa = only(service -> service.get("ancien_code_pivot") != null
                && service.get("ancien_code_pivot").getAsString().equals("msa-01053-01"));

        assertThat(msa.get("plage_ouverture")).isEqualTo(JsonParser.parseString("""
                [{"nom_jour_debut":"Vendredi","nom_jour_fin":"Vendredi","valeur_heure_debut_1":"08:30:00",
                  "valeur_heure_fin_1":"12:00:00","valeur_heure_debut_2":"","valeur_heure_fin_2":"",
                  "commentaire":"Après-midi sur rendez-vous exclusivement."},
                 {"nom_jour_debut":"Lundi","nom_jour_fin":"Mercredi","valeur_heure_debut_1":"08:30:00",
                  "valeur_heure_fin_1":"12:00:00","valeur_heure_debut_2":"","valeur_heure_fin_2":"",
                  "commentaire":"Après-midi sur rendez-vous exclusivement. Jeudi sur rendez-vous exclusivement."}]"""));
        JsonObject postal = msa.getAsJsonArray("adresse").get(1).getAsJsonObject();
        assertThat(postal.get("type_adresse").getAsString()).isEqualTo("Adresse postale");
        assertThat(postal.get("complement1").getAsString()).isEqualTo("Mutualité sociale agricole Ain-Rhône");
        assertThat(postal.get("numero_voie").getAsString()).isEqualTo("35-37 rue du Plat");
        assertThat(postal.get("service_distribution").getAsString()).isEqualTo("BP 2612");
        assertThat(msa.get("date_modification").getAsString()).isEqualTo("11/09/2017 00:00:00");
    }

    @Test
    void anAnnuaireApiOfficeHasItsCounterHoursAndPhoneHours() {
        JsonObject ccas = service(NameBasedIds.uuid5(AnnuaireApiV3Source.ID_NAME_PREFIX + "ccas_saint_pourcain_sur_sioule"));

        assertThat(ccas.get("plage_ouverture")).isEqualTo(JsonParser.parseString("""
                [{"nom_jour_debut":"Mardi","nom_jour_fin":"Vendredi","valeur_heure_debut_1":"08:30:00",
                  "valeur_heure_fin_1":"12:00:00","valeur_heure_debut_2":"14:30:00","valeur_heure_fin_2":"17:30:00",
                  "commentaire":""}]"""));
        assertThat(ccas.get("telephone")).isEqualTo(JsonParser.parseString("""
                [{"valeur":"04 70 45 88 65","description":"Permanence téléphonique : lundi 8h30 - 12h / 14h30 - 17h30"}]"""));
        assertThat(ccas.get("code_insee_commune").getAsString()).isEqualTo("03254");
        assertThat(ccas.get("telecopie")).isEqualTo(JsonParser.parseString("[\"04 70 45 55 27\"]"));
    }

    @Test
    void noConvertedRecordHasMadeUpCoordinatesOrHours() {
        JsonObject mobileTownHall = service(NameBasedIds.uuid5(AnnuaireApiV3Source.ID_NAME_PREFIX + "mairie_mobile_19_jomard"));
        JsonObject address = mobileTownHall.getAsJsonArray("adresse").get(0).getAsJsonObject();

        assertThat(address.get("latitude").getAsString()).isEmpty();
        assertThat(address.get("longitude").getAsString()).isEmpty();
        assertThat(mobileTownHall.getAsJsonArray("telephone")).isEmpty();
        assertThat(services.stream().filter(service -> service.get("ancien_code_pivot") != null
                        && service.get("ancien_code_pivot").getAsString().startsWith("mairie-45")))
                .allSatisfy(loiret -> assertThat(loiret.getAsJsonArray("plage_ouverture")).isEmpty());
    }

    private static JsonObject franceServices(int matricule) {
        return service(NameBasedIds.uuid5(FranceServicesGeojsonSource.ID_NAME_PREFIX + matricule));
    }

    private static JsonObject service(String id) {
        return only(service -> service.get("id").getAsString().equals(id));
    }

    private static JsonObject only(Predicate<JsonObject> condition) {
        List<JsonObject> matching = services.stream().filter(condition).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
