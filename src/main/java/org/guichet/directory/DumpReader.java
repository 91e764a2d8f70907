package org.guichet.directory;

import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;
import org.guichet.domain.office.Office;

/**
 * Streams the offices of an annuaire v4 dump ({@code {"service":[…]}}) one record at a time, so a
 * national dump never has to fit in memory. Also accepts a bare array of records and a single
 * record object (as in some published samples).
 *
 * <p>When the document breaks (truncated download, bad JSON), the offices before the break have
 * already been handed to the sink, each one complete; the record being read is never delivered,
 * and a {@link DirectoryFormatException} is thrown. The caller decides whether to keep what came
 * before: the importer keeps it but does not record the import as complete.
 */
public final class DumpReader {

    private static final String RECORDS = "service";

    private int position;

    private DumpReader() {
    }

    /**
     * @throws DirectoryFormatException when the document breaks; what the sink itself throws
     *                                  passes through unchanged
     */
    public static void read(Reader source, Consumer<Office> sink) throws IOException {
        try {
            new DumpReader().readDocument(new JsonReader(source), office -> {
                try {
                    sink.accept(office);
                } catch (RuntimeException e) {
                    throw new SinkFailure(e);
                }
            });
        } catch (SinkFailure e) {
            throw e.failure;
        }
    }

    /** Carries the sink's own failure past the handling of malformed JSON. */
    private static final class SinkFailure extends RuntimeException {
        final RuntimeException failure;

        SinkFailure(RuntimeException failure) {
            super(failure);
            this.failure = failure;
        }
    }

    private void readDocument(JsonReader json, Consumer<Office> sink) throws IOException {
        JsonDocuments.run(() -> {
            JsonToken first = json.peek();
            if (first == JsonToken.BEGIN_ARRAY) {
                readRecords(json, sink);
            } else if (first == JsonToken.BEGIN_OBJECT) {
                readTopObject(json, sink);
            } else {
                throw new DirectoryFormatException("An annuaire dump must be a JSON object or array");
            }
            JsonDocuments.expectEnd(json);
            return null;
        });
    }

    private void readTopObject(JsonReader json, Consumer<Office> sink) throws IOException {
        JsonObject singleRecord = new JsonObject();
        boolean sawRecords = false;
        json.beginObject();
        while (json.hasNext()) {
            String name = json.nextName();
            if (name.equals(RECORDS) && json.peek() == JsonToken.BEGIN_ARRAY) {
                readRecords(json, sink);
                sawRecords = true;
            } else if (sawRecords) {
                json.skipValue();
            } else {
                singleRecord.add(name, JsonDocuments.value(json));
            }
        }
        json.endObject();
        if (!sawRecords) {
            OfficeMapper.map(singleRecord, position++).ifPresent(sink);
        }
    }

    private void readRecords(JsonReader json, Consumer<Office> sink) throws IOException {
        json.beginArray();
        while (json.hasNext()) {
            OfficeMapper.map(JsonDocuments.value(json), position++).ifPresent(sink);
        }
        json.endArray();
    }
}
