package org.guichet.directory;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import org.guichet.domain.office.Office;

/**
 * Loads an annuaire v4 dump (plain or gzip) into the {@link DirectoryStore} batch by batch, e.g.
 * the snapshot bundled with the app on first run. Memory stays flat whatever the dump's size.
 *
 * <p>A broken dump keeps the complete offices read before the break (they are newer data, and
 * nothing already cached is removed) but is not recorded as imported, so the data date shown to
 * the user stays the previous one.
 */
public final class DirectoryImporter {

    static final int BATCH_SIZE = 2_000;
    private static final int GZIP_MAGIC = 0x8b1f;

    private final DirectoryStore store;
    private final Clock clock;
    private final int batchSize;

    public DirectoryImporter(DirectoryStore store, Clock clock) {
        this(store, clock, BATCH_SIZE);
    }

    /** Smaller batches report progress more often (a small dump then shows more than 0 and 100 %). */
    DirectoryImporter(DirectoryStore store, Clock clock, int batchSize) {
        this.store = store;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /**
     * @param source   names where the data comes from, e.g. "bundled-snapshot"
     * @param dataDate the date of the dump's data, recorded once the whole dump is stored
     * @param expectedTotal how many offices the dump holds, when the caller knows
     * @return how many offices were stored
     */
    public long importDump(InputStream dump, String source, LocalDate dataDate, OptionalLong expectedTotal,
            ImportProgress progress) throws IOException {
        Batcher batcher = new Batcher(expectedTotal, progress);
        try {
            DumpReader.read(new BufferedReader(new InputStreamReader(decompressed(dump), StandardCharsets.UTF_8),
                    1 << 16), batcher::add);
        } catch (DirectoryFormatException e) {
            batcher.flush();
            throw e;
        }
        batcher.flush();
        store.recordImport(new DirectoryDataVersion(source, dataDate, clock.instant()));
        return batcher.done;
    }

    private static InputStream decompressed(InputStream dump) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(dump, 1 << 16);
        buffered.mark(2);
        int magic = buffered.read() | (buffered.read() << 8);
        buffered.reset();
        return magic == GZIP_MAGIC ? new GZIPInputStream(buffered, 1 << 16) : buffered;
    }

    /** Collects offices into batches and stores each full batch. */
    private final class Batcher {
        private final OptionalLong expectedTotal;
        private final ImportProgress progress;
        private final List<Office> batch = new ArrayList<>(batchSize);
        private long done;

        Batcher(OptionalLong expectedTotal, ImportProgress progress) {
            this.expectedTotal = expectedTotal;
            this.progress = progress;
        }

        void add(Office office) {
            batch.add(office);
            if (batch.size() == batchSize) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            store.upsert(batch);
            done += batch.size();
            batch.clear();
            progress.stored(done, expectedTotal);
        }
    }
}
