package org.guichet.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annuaire snapshot shipped with the app and what its build wrote about it in SNAPSHOT.md:
 * the date of its data and how many offices it holds.
 */
record BundledSnapshot(LocalDate dataDate, OptionalLong officeCount) {

    static final String SOURCE = "bundled-snapshot";
    private static final String DUMP = "/assets/annuaire/annuaire-snapshot.json.gz";
    private static final String README = "/assets/annuaire/SNAPSHOT.md";
    private static final Pattern DATE = Pattern.compile("^- Snapshot date: (\\d{4}-\\d{2}-\\d{2})", Pattern.MULTILINE);
    private static final Pattern COUNT = Pattern.compile("^- Services: (\\d+)", Pattern.MULTILINE);

    static BundledSnapshot describe() {
        String readme = new String(read(README), StandardCharsets.UTF_8);
        Matcher date = DATE.matcher(readme);
        if (!date.find()) {
            throw new IllegalStateException("SNAPSHOT.md gives no snapshot date");
        }
        Matcher count = COUNT.matcher(readme);
        return new BundledSnapshot(LocalDate.parse(date.group(1)),
                count.find() ? OptionalLong.of(Long.parseLong(count.group(1))) : OptionalLong.empty());
    }

    static InputStream openDump() {
        InputStream dump = BundledSnapshot.class.getResourceAsStream(DUMP);
        if (dump == null) {
            throw new IllegalStateException("The annuaire snapshot is missing from the build");
        }
        return dump;
    }

    private static byte[] read(String resource) {
        try (InputStream in = BundledSnapshot.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
