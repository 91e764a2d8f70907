package org.guichet.procedures;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * What the downloaded content is: when it was downloaded, how many fiches it holds and skipped, and
 * the server's validators (Last-Modified, ETag; null when the server sent none) for the next
 * conditional request. Stored as a small properties file beside the fiches.
 */
record FeedMetadata(Instant downloadedAt, int ficheCount, int skippedCount, String lastModified, String etag) {
    static final String FILE_NAME = "feed.properties";

    void write(Path file) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("downloadedAt", downloadedAt.toString());
        properties.setProperty("ficheCount", Integer.toString(ficheCount));
        properties.setProperty("skippedCount", Integer.toString(skippedCount));
        if (lastModified != null) {
            properties.setProperty("lastModified", lastModified);
        }
        if (etag != null) {
            properties.setProperty("etag", etag);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "Vos droits et démarches feed, as downloaded by Guichet");
        }
    }

    /** The metadata in {@code file}; empty when there is none or it cannot be read. */
    static Optional<FeedMetadata> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            return Optional.of(new FeedMetadata(
                    Instant.parse(properties.getProperty("downloadedAt", "")),
                    Integer.parseInt(properties.getProperty("ficheCount", "")),
                    Integer.parseInt(properties.getProperty("skippedCount", "")),
                    properties.getProperty("lastModified"),
                    properties.getProperty("etag")));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
