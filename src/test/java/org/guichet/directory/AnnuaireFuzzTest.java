package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.guichet.domain.office.Office;
import org.guichet.storage.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real records damaged at random (fixed seed): the readers never crash, never lose an office that
 * still has an id and a name, and never deliver half of a broken document.
 */
class AnnuaireFuzzTest {

    private static final long SEED = 20_261_123L;
    private static final int MUTATED_RECORDS = 600;
    private static final List<String> FIELDS_OF_INTEREST = List.of("id", "nom", "adresse", "telephone",
            "plage_ouverture", "pivot", "site_internet", "adresse_courriel", "date_modification",
            "code_insee_commune", "telecopie", "sve", "formulaire_contact", "telephone_accessible", "tchat", "sigle");
    private static final List<String> MEMBER_NAMES = List.of("valeur", "description", "libelle",
            "nom_jour_debut", "nom_jour_fin", "valeur_heure_debut_1", "valeur_heure_fin_1", "type_service_local",
            "latitude", "longitude", "accessibilite", "code_postal", "type_adresse");

    /** The readers warn for every dropped value; the fuzz would flood the test output. */
    private static final Logger DIRECTORY_LOG = Logger.getLogger("org.guichet.directory");
    private static Level previousLevel;

    @TempDir
    Path home;

    private final Random random = new Random(SEED);

    @BeforeAll
    static void quiet() {
        previousLevel = DIRECTORY_LOG.getLevel();
        DIRECTORY_LOG.setLevel(Level.OFF);
    }

    @AfterAll
    static void restore() {
        DIRECTORY_LOG.setLevel(previousLevel);
    }

    private static List<JsonObject> realRecords() throws Exception {
        List<JsonObject> records = new ArrayList<>();
        records.add(JsonParser.parseString(Samples.text(Samples.BREUX_DUMP)).getAsJsonObject()
                .getAsJsonArray("service").get(0).getAsJsonObject());
        records.add(JsonParser.parseString(Samples.text(Samples.FONTAINE_RECORD)).getAsJsonObject());
        for (String reply : List.of(Samples.VERDERONNE_API, Samples.ANCT_API)) {
            records.add(JsonParser.parseString(Samples.text(reply)).getAsJsonObject()
                    .getAsJsonArray("results").get(0).getAsJsonObject());
        }
        return records;
    }

    private static String dumpOf(List<? extends JsonElement> records) {
        JsonObject dump = new JsonObject();
        JsonArray service = new JsonArray();
        records.forEach(service::add);
        dump.add("service", service);
        return dump.toString();
    }

    private static String replyOf(List<? extends JsonElement> records) {
        JsonObject reply = new JsonObject();
        JsonArray results = new JsonArray();
        records.forEach(results::add);
        reply.addProperty("total_count", records.size());
        reply.add("results", results);
        return reply.toString();
    }

    /** What the readers must keep: a record whose id and name are scalars with some text. */
    private static boolean identifiable(JsonObject record) {
        return !text(record.get("id")).isEmpty() && !text(record.get("nom")).isEmpty();
    }

    /** The text an office keeps from a scalar: no lone surrogate, no control character but line breaks and tabs. */
    private static String text(JsonElement value) {
        if (value == null || !value.isJsonPrimitive()) {
            return "";
        }
        return value.getAsString().replaceAll("[\\p{Cntrl}&&[^\\n\\r\\t]]|\\p{Cs}", "").strip();
    }

    @Test
    void damagedRecordsNeverCrashTheReadersNorLoseAnIdentifiableOffice() throws Exception {
        List<JsonObject> real = realRecords();
        List<JsonObject> mutated = new ArrayList<>();
        for (int i = 0; i < MUTATED_RECORDS; i++) {
            JsonObject record = real.get(random.nextInt(real.size())).deepCopy();
            record.addProperty("id", record.get("id").getAsString() + "-" + i);
            int mutations = 1 + random.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                mutate(record);
            }
            mutated.add(record);
        }
        List<String> expectedIds = mutated.stream().filter(AnnuaireFuzzTest::identifiable)
                .map(record -> text(record.get("id"))).toList();

        List<Office> fromDump = Samples.dump(dumpOf(mutated));
        List<Office> fromApi = OdsReplyReader.read(new StringReader(replyOf(mutated))).offices();

        assertThat(fromDump).extracting(Office::id).containsExactlyElementsOf(expectedIds);
        assertThat(fromApi).isEqualTo(fromDump);
        assertThat(expectedIds.size()).as("most damaged records keep an id and a name")
                .isGreaterThan(MUTATED_RECORDS / 2);

        try (Database database = Database.open(home)) {
            DirectoryStore store = new DirectoryStore(database);
            store.upsert(fromDump);
            Map<String, Office> lastById = new LinkedHashMap<>();
            fromDump.forEach(office -> lastById.put(office.id(), office));
            assertThat(store.count()).isEqualTo(lastById.size());
            for (Office office : lastById.values()) {
                assertThat(store.find(office.id())).contains(office);
            }
            store.upsert(fromDump);
            assertThat(store.count()).isEqualTo(lastById.size());
            try (Statement statement = database.connection().createStatement()) {
                statement.execute("INSERT INTO directory_office_search (directory_office_search) VALUES ('integrity-check')");
            }
        }
    }

    @Test
    void aDumpCutAnywhereFailsCleanlyAfterDeliveringOnlyCompleteOffices() throws Exception {
        String dump = dumpOf(realRecords());
        List<Office> whole = Samples.dump(dump);
        assertThat(whole).hasSize(4);

        for (int end = 0; end < dump.length(); end += 1 + random.nextInt(11)) {
            String cut = dump.substring(0, end);
            List<Office> delivered = new ArrayList<>();
            Throwable failure = catchThrowable(() -> DumpReader.read(new StringReader(cut), delivered::add));

            assertThat(failure).as("cut at %d", end).isInstanceOf(DirectoryFormatException.class);
            assertThat(delivered).as("cut at %d", end).isEqualTo(whole.subList(0, delivered.size()));
        }
    }

    @Test
    void anApiReplyCutAnywhereYieldsNoOffice() throws Exception {
        for (String file : List.of(Samples.VERDERONNE_API, Samples.ANCT_API)) {
            String reply = Samples.text(file).strip();
            for (int end = 0; end < reply.length(); end += 1 + random.nextInt(7)) {
                String cut = reply.substring(0, end);
                assertThatThrownBy(() -> OdsReplyReader.read(new StringReader(cut)))
                        .as("%s cut at %d", file, end)
                        .isInstanceOf(DirectoryFormatException.class);
            }
        }
    }

    private void mutate(JsonObject record) {
        List<String> fields = new ArrayList<>(record.keySet());
        if (fields.isEmpty()) {
            return;
        }
        String field = random.nextBoolean()
                ? FIELDS_OF_INTEREST.get(random.nextInt(FIELDS_OF_INTEREST.size()))
                : fields.get(random.nextInt(fields.size()));
        switch (random.nextInt(4)) {
            case 0 -> record.remove(field);
            case 1 -> record.add(field, garbage(0));
            case 2 -> damageInside(record, field);
            default -> record.add(field, new JsonPrimitive(random.nextInt(100_000)));
        }
    }

    /** Damages one element of a list field, whether a real array or JSON text in a string. */
    private void damageInside(JsonObject record, String field) {
        JsonElement value = record.get(field);
        boolean jsonText = value != null && value.isJsonPrimitive() && value.getAsString().startsWith("[");
        JsonElement list = jsonText ? JsonParser.parseString(value.getAsString()) : value;
        if (list == null || !list.isJsonArray() || list.getAsJsonArray().isEmpty()) {
            record.add(field, garbage(0));
            return;
        }
        JsonArray elements = list.getAsJsonArray();
        int index = random.nextInt(elements.size());
        JsonElement element = elements.get(index);
        if (element.isJsonObject() && random.nextBoolean()) {
            JsonObject object = element.getAsJsonObject();
            String member = MEMBER_NAMES.get(random.nextInt(MEMBER_NAMES.size()));
            if (random.nextBoolean()) {
                object.remove(member);
            } else {
                object.add(member, garbage(0));
            }
        } else {
            elements.set(index, garbage(0));
        }
        record.add(field, jsonText ? new JsonPrimitive(elements.toString()) : elements);
    }

    private JsonElement garbage(int depth) {
        return switch (random.nextInt(depth > 4 ? 8 : 12)) {
            case 0 -> JsonNull.INSTANCE;
            case 1 -> new JsonPrimitive(random.nextLong());
            case 2 -> new JsonPrimitive((random.nextDouble() - 0.5) * 1e6);
            case 3 -> new JsonPrimitive(random.nextBoolean());
            case 4 -> new JsonPrimitive("");
            case 5 -> new JsonPrimitive(randomText());
            case 6 -> new JsonPrimitive("[{\"valeur\": ");
            case 7 -> new JsonPrimitive("[{\"valeur\": 5, \"nom_jour_debut\": [\"Lundi\"]}, 3, null]");
            case 8 -> new JsonArray();
            case 9 -> new JsonObject();
            case 10 -> {
                JsonArray array = new JsonArray();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(garbage(depth + 1));
                }
                yield array;
            }
            default -> {
                JsonObject object = new JsonObject();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.add(MEMBER_NAMES.get(random.nextInt(MEMBER_NAMES.size())), garbage(depth + 1));
                }
                yield object;
            }
        };
    }

    private String randomText() {
        String alphabet = "aéZ9 \"\\/{}[]:,*-()'\u0000\n\t\uD83C\uDFDBLundi24:00:00";
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
