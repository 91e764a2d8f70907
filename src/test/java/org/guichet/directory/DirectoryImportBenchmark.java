package org.guichet.directory;

import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.guichet.domain.office.Office;
import org.guichet.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import throughput and search latency on a national-size directory (60,000 offices copied from a
 * real record). Skipped unless asked for: {@code mvn -o -q test -Dtest=DirectoryImportBenchmark
 * -Dguichet.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "guichet.benchmark", matches = "true")
class DirectoryImportBenchmark {

    private static final int OFFICES = 60_000;

    @TempDir
    Path home;

    @Test
    void measure() throws Exception {
        String dump = SyntheticDump.of(OFFICES);

        long[] parseStart = Clocks.now();
        List<Office> offices = new ArrayList<>(OFFICES);
        DumpReader.read(new StringReader(dump), offices::add);
        report("parse", offices.size(), parseStart);

        long[] writeStart = Clocks.now();
        long length = 0;
        for (Office office : offices) {
            length += DumpRecordWriter.write(office).length();
        }
        report("write records (" + length / offices.size() + " chars)", offices.size(), writeStart);

        try (Database database = Database.open(home)) {
            DirectoryStore store = new DirectoryStore(database);
            long[] storeStart = Clocks.now();
            for (int from = 0; from < offices.size(); from += DirectoryImporter.BATCH_SIZE) {
                store.upsert(offices.subList(from, Math.min(offices.size(), from + DirectoryImporter.BATCH_SIZE)));
            }
            report("store (fresh)", offices.size(), storeStart);
            storeStart = Clocks.now();
            for (int from = 0; from < offices.size(); from += DirectoryImporter.BATCH_SIZE) {
                store.upsert(offices.subList(from, Math.min(offices.size(), from + DirectoryImporter.BATCH_SIZE)));
            }
            report("store (replacing)", offices.size(), storeStart);

            DirectoryImporter importer = new DirectoryImporter(store, Clock.systemUTC());
            long[] importStart = Clocks.now();
            long stored = importer.importDump(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)),
                    "benchmark", LocalDate.now(), OptionalLong.of(OFFICES), (done, total) -> { });
            report("parse + store (fresh)", stored, importStart);

            long[] reimportStart = Clocks.now();
            importer.importDump(new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)),
                    "benchmark", LocalDate.now(), OptionalLong.of(OFFICES), (done, total) -> { });
            report("parse + store (replacing)", stored, reimportStart);

            for (String query : new String[] {"mairie", "commune 4242", "fontaine port", "77590", "mai com 59"}) {
                store.search(query, Set.of(), 20);
                long[] searchStart = Clocks.now();
                int results = store.search(query, Set.of(), 20).size();
                System.out.printf("search %-14s %3d results in %6.2f ms%n", "\"" + query + "\"", results,
                        (Clocks.now()[0] - searchStart[0]) / 1e6);
            }
        }
    }

    private static void report(String step, long offices, long[] since) {
        long[] now = Clocks.now();
        long wall = now[0] - since[0];
        long cpu = now[1] - since[1];
        System.out.printf("%-26s %,d offices: wall %,d ms = %,.0f/s; thread CPU %,d ms = %,.0f/s%n", step, offices,
                wall / 1_000_000, offices / (wall / 1e9), cpu / 1_000_000, offices / (cpu / 1e9));
    }

    /** Wall and current-thread CPU time: on a shared machine the CPU figure is the fair one. */
    private static final class Clocks {
        static long[] now() {
            return new long[] {System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()};
        }
    }
}
