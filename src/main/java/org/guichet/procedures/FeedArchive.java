package org.guichet.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks the fiches of a feed zip into a folder and keeps those {@link FicheParser} can read.
 * Only entries named like a publication ("F14929.xml") are taken, under their base name alone, so
 * no entry can write outside the folder; index files and anything else are ignored. The sizes
 * actually unpacked are bounded by {@link FeedLimits}, whatever the zip declares.
 */
final class FeedArchive {
    private static final System.Logger LOG = System.getLogger(FeedArchive.class.getName());

    /** How many fiches were kept, and how many were skipped because they could not be read. */
    record Extraction(int ficheCount, int skippedCount) {
    }

    private final FeedLimits limits;
    private final FicheParser parser = new FicheParser();

    FeedArchive(FeedLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws FeedUpdateFailure when {@code zip} is not a readable zip or exceeds the limits
     * @throws IOException when {@code folder} cannot be written
     */
    Extraction extract(Path zip, Path folder) throws FeedUpdateFailure, IOException {
        try (ZipFile archive = open(zip)) {
            Set<String> taken = new HashSet<>();
            long unpacked = 0;
            int skipped = 0;
            Enumeration<? extends ZipEntry> entries = archive.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = baseName(entry.getName());
                if (entry.isDirectory() || !FicheIds.isFicheFileName(name) || !taken.add(name)) {
                    continue;
                }
                if (taken.size() > limits.ficheFiles()) {
                    throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE, "more than " + limits.ficheFiles() + " fiches");
                }
                Path file = folder.resolve(name);
                unpacked += unpack(archive, entry, file, Math.min(limits.ficheBytes(), limits.totalBytes() - unpacked));
                if (!isReadable(file)) {
                    Files.delete(file);
                    skipped++;
                }
            }
            return new Extraction(taken.size() - skipped, skipped);
        }
    }

    private static ZipFile open(Path zip) throws FeedUpdateFailure {
        try {
            return new ZipFile(zip.toFile());
        } catch (IOException e) {
            throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE, "not a readable zip", e);
        }
    }

    private static long unpack(ZipFile archive, ZipEntry entry, Path file, long limit) throws FeedUpdateFailure, IOException {
        if (entry.getSize() > limit) {
            throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE, entry.getName() + " declares " + entry.getSize() + " bytes");
        }
        InputStream in;
        try {
            in = archive.getInputStream(entry);
        } catch (IOException e) {
            throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE, entry.getName() + " cannot be read", e);
        }
        try (in; OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
            return LimitedCopy.copy(in, out, limit, FeedUpdateOutcome.UNUSABLE_FILE);
        }
    }

    /** A fiche that fails to parse, for whatever reason, is skipped rather than failing the update. */
    private boolean isReadable(Path file) {
        try {
            parser.parse(file);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Skipped unreadable fiche " + file.getFileName() + ": " + e.getMessage());
            return false;
        }
    }

    private static String baseName(String entryName) {
        return entryName.substring(Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
    }
}
