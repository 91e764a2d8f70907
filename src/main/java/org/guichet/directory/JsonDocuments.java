package org.guichet.directory;

import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;

/** Reading steps shared by the annuaire documents, with Gson's failures turned into ours. */
final class JsonDocuments {

    /** A reading step over a JSON stream. */
    interface Step<T> {
        T read() throws IOException;
    }

    private JsonDocuments() {
    }

    /** One whole value (a record) at the reader's position. */
    static JsonElement value(JsonReader json) throws IOException {
        try {
            return JsonParser.parseReader(json);
        } catch (JsonIOException e) {
            throw e.getCause() instanceof IOException cause ? cause : new IOException(e.getMessage(), e);
        }
    }

    static void expectEnd(JsonReader json) throws IOException {
        if (json.peek() != JsonToken.END_DOCUMENT) {
            throw new DirectoryFormatException("Unexpected content after the end of the document");
        }
    }

    /**
     * Runs a reading step; malformed or truncated JSON becomes a {@link DirectoryFormatException}
     * whose message gives Gson's position (never a value); other I/O failures pass through.
     */
    static <T> T run(Step<T> step) throws IOException {
        try {
            return step.read();
        } catch (DirectoryFormatException e) {
            throw e;
        } catch (EOFException | MalformedJsonException | JsonParseException | IllegalStateException
                | NumberFormatException e) {
            throw new DirectoryFormatException("The document is truncated or malformed: " + position(e), e);
        }
    }

    private static String position(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.lines().findFirst().orElse(message);
    }
}
