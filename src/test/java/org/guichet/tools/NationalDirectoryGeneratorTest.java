package org.guichet.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NationalDirectoryGeneratorTest {
    private static final Path SNAPSHOT = Path.of("assets/annuaire/annuaire-snapshot.json.gz");
    private static final int COUNT = 5_000;

    private static List<JsonObject> real;

    @BeforeAll
    static void readSnapshot() throws IOException {
        real = V4DumpFile.readGzip(SNAPSHOT);
    }

    @Test
    void theDefaultIsNationalSize() {
        assertThat(NationalDirectoryGenerator.DEFAULT_OFFICE_COUNT).isGreaterThanOrEqualTo(60_000);
    }

    @Test
    void theSameArgumentsGiveTheSameBytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.json.gz");
        Path second = dir.resolve("second.json.gz");

        V4DumpFile.writeGzip(new NationalDirectoryGenerator(real).services(COUNT), first);
        V4DumpFile.writeGzip(new NationalDirectoryGenerator(real).services(COUNT), second);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(V4DumpFile.readGzip(first)).hasSize(COUNT);
    }

    @Test
    void syntheticOfficesAreRealRecordsMovedToARealPlaceUnderANewId() {
        List<JsonObject> all = iterate(new NationalDirectoryGenerator(real), COUNT);
        Set<String> realInseeCodes = real.stream().map(service -> service.get("code_insee_commune").getAsString()).collect(Collectors.toSet());
        Set<String> realHours = real.stream().map(service -> service.get("plage_ouverture").toString()).collect(Collectors.toSet());

        assertThat(all.subList(0, real.size())).isEqualTo(real);
        assertThat(all).extracting(service -> service.get("id").getAsString()).doesNotHaveDuplicates();
        assertThat(all.subList(real.size(), COUNT)).allSatisfy(office -> {
            String commune = office.getAsJsonArray("adresse").get(0).getAsJsonObject().get("nom_commune").getAsString();
            assertThat(office.get("nom").getAsString()).endsWith(" (" + commune + ")");
            assertThat(realInseeCodes).contains(office.get("code_insee_commune").getAsString());
            assertThat(realHours).contains(office.get("plage_ouverture").toString());
            assertThat(office.get("url_service_public").getAsString()).isEmpty();
        });
    }

    private static List<JsonObject> iterate(NationalDirectoryGenerator generator, int count) {
        List<JsonObject> services = new ArrayList<>();
        generator.services(count).forEachRemaining(services::add);
        return services;
    }
}
