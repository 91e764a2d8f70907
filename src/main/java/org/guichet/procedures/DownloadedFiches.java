package org.guichet.procedures;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.guichet.domain.procedure.Procedure;

/**
 * The fiches downloaded from the official feed, in {@code <home>/procedures/fiches} with their
 * {@link FeedMetadata}. A new download is unpacked into a staging folder beside it and swapped in
 * whole; the previous folder is kept until the new one is in place, and put back if the swap
 * fails or was cut short.
 */
final class DownloadedFiches {
    private static final System.Logger LOG = System.getLogger(DownloadedFiches.class.getName());

    private final Path root;
    private final FicheParser parser = new FicheParser();

    /** @param root the folder that holds the downloaded content, its staging area and the zip being downloaded */
    DownloadedFiches(Path root) {
        this.root = root;
    }

    /** The downloaded fiche {@code id}; empty when nothing was downloaded or the feed lacked it. */
    Optional<Procedure> fiche(String id) {
        if (!FicheIds.isId(id)) {
            return Optional.empty();
        }
        Path file = current().resolve(id + ".xml");
        return Files.isRegularFile(file) ? Optional.of(parser.parse(file)) : Optional.empty();
    }

    /** What the downloaded content is; empty while the app shows its bundled content only. */
    Optional<FeedMetadata> metadata() {
        return FeedMetadata.read(current().resolve(FeedMetadata.FILE_NAME));
    }

    /** Where the feed's zip is downloaded to. */
    Path downloadFile() {
        return root.resolve("feed.zip.part");
    }

    /** Puts back the previous content if a swap was cut short, and removes what a cut-short update left. */
    void recover() throws IOException {
        Files.createDirectories(root);
        if (!Files.exists(current()) && Files.exists(previous())) {
            Files.move(previous(), current(), StandardCopyOption.ATOMIC_MOVE);
        }
        discardLeftovers();
    }

    /** An empty staging folder to unpack a download into. */
    Path emptyStaging() throws IOException {
        deleteTree(staging());
        return Files.createDirectories(staging());
    }

    /** Makes the staging folder the downloaded content; on failure the content stays as it was. */
    void replaceWithStaging() throws IOException {
        deleteTree(previous());
        boolean hadContent = Files.exists(current());
        if (hadContent) {
            Files.move(current(), previous(), StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging(), current(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadContent) {
                Files.move(previous(), current(), StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        discardLeftovers();
    }

    /** Removes the staging folder, the previous content and the downloaded zip; never fails. */
    void discardLeftovers() {
        try {
            deleteTree(staging());
            deleteTree(previous());
            Files.deleteIfExists(downloadFile());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Leftovers of a procedures update remain in " + root + ": " + e);
        }
    }

    private Path current() {
        return root.resolve("fiches");
    }

    private Path staging() {
        return root.resolve("fiches.staging");
    }

    private Path previous() {
        return root.resolve("fiches.previous");
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
