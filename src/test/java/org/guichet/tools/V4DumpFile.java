package org.guichet.tools;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * A v4 dump ({@code {"service":[…]}}) written the same way every time: one record per line, in the
 * given order, each record's fields in their own order, non-ASCII characters as UTF-8.
 */
final class V4DumpFile {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private V4DumpFile() {
    }

    static byte[] json(List<JsonObject> services) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(services.iterator(), bytes);
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gzip = new ReproducibleGzipOutputStream(bytes)) {
            gzip.write(content);
        }
        return bytes.toByteArray();
    }

    /** Streams the records to a gzip file, so a national-size dump never sits in memory whole. */
    static void writeGzip(Iterator<JsonObject> services, Path file) throws IOException {
        try (OutputStream gzip = new ReproducibleGzipOutputStream(Files.newOutputStream(file))) {
            write(services, gzip);
        }
    }

    static List<JsonObject> readGzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            JsonObject dump = GSON.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), JsonObject.class);
            List<JsonObject> services = new ArrayList<>();
            for (JsonElement service : dump.getAsJsonArray("service")) {
                services.add(service.getAsJsonObject());
            }
            return services;
        }
    }

    private static void write(Iterator<JsonObject> services, OutputStream target) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8));
        writer.write("{\"service\":[\n");
        while (services.hasNext()) {
            GSON.toJson(services.next(), writer);
            writer.write(services.hasNext() ? ",\n" : "\n");
        }
        writer.write("]}\n");
        writer.flush();
    }
}
