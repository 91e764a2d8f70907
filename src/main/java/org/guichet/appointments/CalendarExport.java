package org.guichet.appointments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Saves an appointment as an {@code .ics} file in the data home's exports folder. */
public final class CalendarExport {

    private static final String PREFIX = "rendez-vous-";

    private final Path folder;
    private final Clock clock;

    public CalendarExport(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /**
     * @param summary  the event's title, in the user's language
     * @param location an address, a phone number or a few words, in the user's language
     * @return the file written (replaced when the same appointment is exported again)
     */
    public Path save(Appointment appointment, String summary, String location, String description) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(PREFIX + appointment.reference().replaceAll("[^A-Za-z0-9-]", "_") + ".ics");
        String ics = IcsEvent.of(appointment.reference() + "@guichet", clock.instant(), appointment.start(),
                appointment.endAtOffice().toInstant(), summary, location, description);
        Files.writeString(file, ics, StandardCharsets.UTF_8);
        return file;
    }

    /** Deletes every appointment file this export wrote; other files in the folder stay. */
    public void deleteAll() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*.ics")) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
    }
}
