package org.guichet.procedures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * Replaces the downloaded fiches with the official feed's, all or nothing: download, unpack,
 * check each fiche, and swap the new folder in only if at least one fiche is valid. Whatever goes
 * wrong, the fiches the app showed before stay as they were.
 */
final class FicheFeedUpdater {
    private static final System.Logger LOG = System.getLogger(FicheFeedUpdater.class.getName());

    private final FeedDownloader downloader;
    private final FeedArchive archive;
    private final DownloadedFiches downloaded;
    private final Clock clock;

    FicheFeedUpdater(FeedAddress address, OkHttpClient http, FeedLimits limits, DownloadedFiches downloaded, Clock clock) {
        this.downloader = new FeedDownloader(address, http, limits.downloadBytes());
        this.archive = new FeedArchive(limits);
        this.downloaded = downloaded;
        this.clock = clock;
    }

    /** Blocks for the whole download: call it on the network thread. Never throws. */
    FeedUpdateResult update() {
        try {
            downloaded.recover();
            return replaceContent(downloaded.metadata())
                    .map(FeedUpdateResult::updated)
                    .orElseGet(() -> FeedUpdateResult.unchanged(FeedUpdateOutcome.ALREADY_UP_TO_DATE));
        } catch (FeedUpdateFailure e) {
            LOG.log(System.Logger.Level.WARNING, "Procedures update failed, content kept: " + e.getMessage());
            return FeedUpdateResult.unchanged(e.outcome());
        } catch (IOException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "Procedures update could not be stored, content kept: " + e);
            return FeedUpdateResult.unchanged(FeedUpdateOutcome.NOT_SAVED);
        } finally {
            downloaded.discardLeftovers();
        }
    }

    /** @return the new content's metadata, or empty when the server says the current content is up to date */
    private Optional<FeedMetadata> replaceContent(Optional<FeedMetadata> previous) throws FeedUpdateFailure, IOException {
        Path zip = downloaded.downloadFile();
        Optional<FeedValidators> validators = downloader.download(previous, zip);
        if (validators.isEmpty()) {
            return Optional.empty();
        }
        Path staging = downloaded.emptyStaging();
        FeedArchive.Extraction extraction = archive.extract(zip, staging);
        if (extraction.ficheCount() == 0) {
            throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE,
                    "no valid fiche (" + extraction.skippedCount() + " unreadable)");
        }
        FeedMetadata content = new FeedMetadata(clock.instant(), extraction.ficheCount(), extraction.skippedCount(),
                validators.get().lastModified(), validators.get().etag());
        content.write(staging.resolve(FeedMetadata.FILE_NAME));
        downloaded.replaceWithStaging();
        return Optional.of(content);
    }
}
