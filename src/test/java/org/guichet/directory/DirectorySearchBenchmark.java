package org.guichet.directory;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import org.guichet.storage.Database;
import org.guichet.tools.NationalDirectoryGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search latency on a national-size directory (64,000 offices from the national-dump generator:
 * the real snapshot records plus copies moved to real communes), the FTS5 index against a
 * {@code LIKE '%…%'} scan, "near me" latency, and the import's peak heap. Skipped unless asked for:
 * {@code mvn -o -q test -Dtest=DirectorySearchBenchmark -Dguichet.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "guichet.benchmark", matches = "true")
class DirectorySearchBenchmark {

    private static final Path SNAPSHOT = Path.of("assets/annuaire/annuaire-snapshot.json.gz");
    private static final Path NATIONAL_DUMP = Path.of("target/national-annuaire-v4.json.gz");
    private static final List<String> QUERIES = List.of("mairie", "verderonne", "mairie orleans", "caf", "45000",
            "france services", "prefecture", "sous prefecture montargis", "gendarmerie", "saint jean", "60140",
            "pithiviers", "tresorerie", "maison", "introuvable");
    private static final int RUNS = 30;
    private static final int LIMIT = 30;

    @TempDir
    Path home;

    @Test
    void measure() throws Exception {
        if (!Files.exists(NATIONAL_DUMP)) {
            NationalDirectoryGenerator.main(new String[] {SNAPSHOT.toString(), NATIONAL_DUMP.toString()});
        }
        try (Database database = Database.open(home)) {
            DirectoryStore store = new DirectoryStore(database);
            System.gc();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long used = heapUsed();
            long start = System.nanoTime();
            long offices;
            try (InputStream dump = Files.newInputStream(NATIONAL_DUMP)) {
                offices = new DirectoryImporter(store, Clock.systemUTC()).importDump(dump, "benchmark", LocalDate.now(),
                        OptionalLong.empty(), (done, total) -> { });
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long peak = heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            System.out.printf("import %,d offices: %,d ms (%,.0f/s); heap before %,d MB, peak during %,d MB (-Xmx %,d MB)%n",
                    offices, millis, offices / (millis / 1e3), used >> 20, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);

            DirectoryRepository repository = new DirectoryRepository(database,
                    AnnuaireClient.create(AnnuaireAddress.of("http://127.0.0.1:9")), Clock.systemUTC());
            Connection connection = database.connection();
            System.out.printf("%-28s %7s %9s %9s %11s %11s%n", "query", "results", "fts p50", "fts p95", "like p50",
                    "like p95");
            List<Long> allFts = new ArrayList<>();
            List<Long> allLike = new ArrayList<>();
            for (String query : QUERIES) {
                int[] count = new int[2];
                long[] fts = time(() -> count[0] = repository.search(query, Set.of(), LIMIT).size());
                long[] like = time(() -> count[1] = likeScan(connection, query));
                Arrays.stream(fts).forEach(allFts::add);
                Arrays.stream(like).forEach(allLike::add);
                System.out.printf("%-28s %3d/%3d %7.2f ms %7.2f ms %9.2f ms %9.2f ms%n", "\"" + query + "\"", count[0],
                        count[1], pct(fts, 50), pct(fts, 95), pct(like, 50), pct(like, 95));
            }
            System.out.printf("all queries: FTS5 p50 %.2f ms, p95 %.2f ms; LIKE scan p50 %.2f ms, p95 %.2f ms%n",
                    pct(allFts, 50), pct(allFts, 95), pct(allLike, 50), pct(allLike, 95));
            GeoPoint orleans = repository.locate("Orléans").orElseThrow();
            long[] nearest = time(() -> repository.nearest(orleans, Set.of(), LIMIT).size());
            long[] nearestFranceServices = time(() ->
                    repository.nearest(orleans, OfficeCategory.FRANCE_SERVICES.pivotCodes(), 5).size());
            System.out.printf("nearest 30 offices: p50 %.2f ms, p95 %.2f ms; nearest 5 France services: p50 %.2f ms, p95 %.2f ms%n",
                    pct(nearest, 50), pct(nearest, 95), pct(nearestFranceServices, 50), pct(nearestFranceServices, 95));
        }
    }

    /** What a search without the index does: every word somewhere in the searchable columns. */
    private static int likeScan(Connection connection, String query) {
        String[] words = PlaceLookup.folded(query).split(" ");
        String condition = String.join(" AND ", java.util.Collections.nCopies(words.length,
                "(name LIKE ? OR communes LIKE ? OR postcodes LIKE ? OR types LIKE ?)"));
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT record FROM directory_office WHERE " + condition + " LIMIT " + LIMIT)) {
            int parameter = 1;
            for (String word : words) {
                for (int column = 0; column < 4; column++) {
                    select.setString(parameter++, "%" + word + "%");
                }
            }
            int count = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rows.getString(1);
                    count++;
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long[] time(Supplier<Integer> search) {
        search.get();
        long[] nanos = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            search.get();
            nanos[run] = System.nanoTime() - start;
        }
        return nanos;
    }

    private static double pct(long[] nanos, int percentile) {
        return pct(Arrays.stream(nanos).boxed().toList(), percentile);
    }

    private static double pct(List<Long> nanos, int percentile) {
        List<Long> sorted = nanos.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
