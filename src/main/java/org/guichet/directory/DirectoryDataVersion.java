package org.guichet.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How fresh the offline directory is: the source it was imported from (e.g. the bundled snapshot),
 * the date of that source's data, and when it was imported on this device.
 */
public record DirectoryDataVersion(String source, LocalDate dataDate, Instant importedAt) {
    public DirectoryDataVersion {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dataDate, "dataDate");
        Objects.requireNonNull(importedAt, "importedAt");
    }
}
