package org.guichet.procedures;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import okio.Buffer;

/** A feed zip built in the test, from the real fiches of ../shared/data/vdd and whatever else a test adds. */
final class FeedZip {
    static final Path REAL_FICHES = Path.of("..", "shared", "data", "vdd");
    static final int REAL_FICHE_COUNT = 21;
    static final String PASSPORT = "F14929";
    static final String PASSPORT_TITLE = "Passeport d'un majeur : première demande";
    /** The passport fiche's title in the feed, so a test can tell the downloaded fiche from the shipped one. */
    static final String UPDATED_PASSPORT_TITLE = PASSPORT_TITLE + " (mise à jour du flux)";

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes);

    /** Every real fiche, the passport one with {@link #UPDATED_PASSPORT_TITLE}, plus an index file the feed also has. */
    static FeedZip withRealFiches() {
        FeedZip feed = new FeedZip();
        for (Path file : realFiches()) {
            String xml = read(file);
            if (file.getFileName().toString().equals(PASSPORT + ".xml")) {
                xml = xml.replace("<dc:title>" + PASSPORT_TITLE, "<dc:title>" + UPDATED_PASSPORT_TITLE);
            }
            feed.add(file.getFileName().toString(), xml);
        }
        return feed.add("arborescence.xml", "<Arborescence/>");
    }

    FeedZip add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    FeedZip add(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] bytes() {
        try {
            zip.close();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Buffer body() {
        return new Buffer().write(bytes());
    }

    private static List<Path> realFiches() {
        try (Stream<Path> files = Files.list(REAL_FICHES)) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
