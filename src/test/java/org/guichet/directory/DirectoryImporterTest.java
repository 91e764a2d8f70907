package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.guichet.storage.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryImporterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");
    private static final LocalDate DATA_DATE = LocalDate.of(2025, 1, 6);

    @TempDir
    Path home;

    private Database database;
    private DirectoryStore store;
    private DirectoryImporter importer;
    private final List<Long> progress = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(home);
        store = new DirectoryStore(database);
        importer = new DirectoryImporter(store, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long importDump(InputStream dump, OptionalLong total) throws IOException {
        return importer.importDump(dump, "bundled-snapshot", DATA_DATE, total, (done, expected) -> {
            assertThat(expected).isEqualTo(total);
            progress.add(done);
        });
    }

    private static InputStream plain(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private static InputStream gzip(String json) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(json.getBytes(StandardCharsets.UTF_8));
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    @Test
    void importsARealDumpAndRecordsItsDate() throws Exception {
        long stored = importDump(plain(Samples.text(Samples.BREUX_DUMP)), OptionalLong.empty());

        assertThat(stored).isEqualTo(1);
        assertThat(progress).containsExactly(1L);
        assertThat(store.find("0b19da66-336b-4a4d-a56a-1bbf731ec306")).contains(
                Samples.dump(Samples.text(Samples.BREUX_DUMP)).get(0));
        assertThat(store.dataVersions()).containsExactly(
                new DirectoryDataVersion("bundled-snapshot", DATA_DATE, NOW));
    }

    @Test
    void importsAGzipDumpInBatchesTellingTheProgress() throws Exception {
        int offices = DirectoryImporter.BATCH_SIZE * 2 + 500;

        long stored = importDump(gzip(SyntheticDump.of(offices)), OptionalLong.of(offices));

        assertThat(stored).isEqualTo(offices);
        assertThat(store.count()).isEqualTo(offices);
        assertThat(progress).containsExactly((long) DirectoryImporter.BATCH_SIZE,
                2L * DirectoryImporter.BATCH_SIZE, (long) offices);
        assertThat(store.search("commune 4499", Set.of(), 5)).extracting(office -> office.id())
                .containsExactly("synthetic-4499");
    }

    @Test
    void aBrokenDumpKeepsTheCompleteOfficesButIsNotRecordedAsImported() throws Exception {
        String dump = SyntheticDump.of(DirectoryImporter.BATCH_SIZE + 10);
        String truncated = dump.substring(0, dump.indexOf("synthetic-" + (DirectoryImporter.BATCH_SIZE + 5)));

        assertThatThrownBy(() -> importDump(plain(truncated), OptionalLong.empty()))
                .isInstanceOf(DirectoryFormatException.class);

        assertThat(store.count()).isEqualTo(DirectoryImporter.BATCH_SIZE + 5);
        assertThat(store.dataVersions()).isEmpty();
    }

    @Test
    void aTruncatedGzipDumpIsABrokenDump() throws Exception {
        byte[] whole = gzip(SyntheticDump.of(50)).readAllBytes();
        InputStream cut = new ByteArrayInputStream(whole, 0, whole.length / 2);

        assertThatThrownBy(() -> importDump(cut, OptionalLong.empty())).isInstanceOf(DirectoryFormatException.class);
        assertThat(store.dataVersions()).isEmpty();
    }

    @Test
    void reimportingReplacesOfficesInsteadOfDuplicatingThem() throws Exception {
        importDump(plain(SyntheticDump.of(30)), OptionalLong.empty());
        importDump(gzip(SyntheticDump.of(30)), OptionalLong.empty());

        assertThat(store.count()).isEqualTo(30);
    }
}
