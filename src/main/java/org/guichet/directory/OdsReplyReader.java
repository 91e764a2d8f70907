package org.guichet.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.office.Office;

/**
 * Reads a reply of the API Annuaire (Opendatasoft Explore v2.1 {@code records} endpoint):
 * {@code {"total_count":N,"results":[…]}}, at most 100 records, whose list fields are JSON text
 * inside strings. A broken reply yields no office at all.
 */
public final class OdsReplyReader {

    private OdsReplyReader() {
    }

    public static OdsPage read(Reader source) throws IOException {
        JsonReader json = new JsonReader(source);
        JsonElement root = JsonDocuments.run(() -> {
            JsonElement document = JsonDocuments.value(json);
            JsonDocuments.expectEnd(json);
            return document;
        });
        JsonArray results = results(root);
        List<Office> offices = new ArrayList<>(results.size());
        for (int position = 0; position < results.size(); position++) {
            OfficeMapper.map(results.get(position), position).ifPresent(offices::add);
        }
        return new OdsPage(totalCount(root.getAsJsonObject(), results.size()), offices);
    }

    private static JsonArray results(JsonElement root) throws DirectoryFormatException {
        if (root.isJsonObject() && root.getAsJsonObject().get("results") instanceof JsonArray results) {
            return results;
        }
        throw new DirectoryFormatException("Not an API Annuaire reply: no \"results\" list");
    }

    private static long totalCount(JsonObject root, int resultCount) {
        try {
            return root.get("total_count").getAsLong();
        } catch (RuntimeException e) {
            return resultCount;
        }
    }
}
