package org.guichet.tools;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;

/**
 * A v4 dump ({@code {"service":[…]}}) as a gzip file that is the same bytes every time it is
 * written from the same records: one record per line in the given order, and a gzip header with
 * no file name and a zero modification time (RFC 1952), written here rather than by
 * {@code GZIPOutputStream}, whose header bytes changed between JDK versions.
 */
final class V4DumpFile {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    /** Magic, deflate, no flags, MTIME 0, XFL 2 (best compression), OS 255 (unknown). */
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff};

    private V4DumpFile() {
    }

    static byte[] json(List<JsonObject> services) {
        StringBuilder json = new StringBuilder("{\"service\":[\n");
        for (int i = 0; i < services.size(); i++) {
            json.append(GSON.toJson(services.get(i))).append(i + 1 < services.size() ? ",\n" : "\n");
        }
        return json.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    static void writeGzip(List<JsonObject> services, Path file) throws IOException {
        Files.write(file, gzip(json(services)));
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

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(GZIP_HEADER);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try (OutputStream deflate = new DeflaterOutputStream(bytes, deflater)) {
            deflate.write(content);
        } finally {
            deflater.end();
        }
        CRC32 crc = new CRC32();
        crc.update(content);
        bytes.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) crc.getValue())
                .putInt(content.length)
                .array());
        return bytes.toByteArray();
    }
}
