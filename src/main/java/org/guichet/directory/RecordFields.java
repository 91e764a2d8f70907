package org.guichet.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Tolerant access to the fields of one annuaire record, whichever source it comes from: list
 * fields may be real arrays (v4 dump), JSON text inside a string (API) or a single plain value;
 * absent values may be missing, null, "" or []. A value of the wrong shape is dropped with a
 * warning that names the office id and the field, never the value (it may be personal data).
 */
final class RecordFields {

    private static final System.Logger LOG = System.getLogger(RecordFields.class.getPackageName());

    private final JsonObject record;
    private String officeId = "?";

    RecordFields(JsonObject record) {
        this.record = record;
    }

    void identify(String officeId) {
        this.officeId = officeId;
    }

    /** A scalar field as stripped text, "" when absent or of the wrong shape. */
    String text(String field) {
        try {
            return textOf(record.get(field));
        } catch (RuntimeException e) {
            dropped(field);
            return "";
        }
    }

    /** Applies {@code parse} to a text field; null when absent or when it fails. */
    <T> T parsed(String field, Function<String, T> parse) {
        String text = text(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (RuntimeException e) {
            dropped(field);
            return null;
        }
    }

    /**
     * The elements of a list field mapped one by one; an element that fails to map is dropped
     * alone, an element mapped to null is skipped silently.
     */
    <T> List<T> list(String field, Function<JsonElement, T> mapElement) {
        List<T> mapped = new ArrayList<>();
        for (JsonElement element : elements(field)) {
            try {
                T value = mapElement.apply(element);
                if (value != null) {
                    mapped.add(value);
                }
            } catch (RuntimeException e) {
                dropped(field);
            }
        }
        return mapped;
    }

    void dropped(String field) {
        LOG.log(Level.WARNING, "Office {0}: dropped a bad value of field {1}", officeId, field);
    }

    private JsonArray elements(String field) {
        try {
            return asArray(record.get(field));
        } catch (RuntimeException e) {
            dropped(field);
            return new JsonArray();
        }
    }

    private static JsonArray asArray(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return new JsonArray();
        }
        if (value.isJsonArray()) {
            return value.getAsJsonArray();
        }
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
            String text = value.getAsString().strip();
            if (text.isEmpty()) {
                return new JsonArray();
            }
            if (text.startsWith("[") || text.startsWith("{")) {
                return asArray(JsonParser.parseString(text));
            }
        }
        JsonArray single = new JsonArray();
        single.add(value);
        return single;
    }

    /** Stripped text of a primitive; "" for null; fails for objects and arrays. */
    static String textOf(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return "";
        }
        if (!value.isJsonPrimitive()) {
            throw new IllegalArgumentException("not a scalar");
        }
        return value.getAsString().strip();
    }

    /** A member of an element that must be an object. */
    static String member(JsonElement element, String name) {
        if (!element.isJsonObject()) {
            throw new IllegalArgumentException("not an object");
        }
        return textOf(element.getAsJsonObject().get(name));
    }

    /** The first non-blank of several members of an object element. */
    static String firstMember(JsonElement element, String... names) {
        for (String name : names) {
            String text = member(element, name);
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    /** A plain value, or an object's {@code valeur} (both shapes are seen for e-mails and faxes). */
    static String plainOrValue(JsonElement element) {
        String text = element.isJsonObject() ? member(element, "valeur") : textOf(element);
        return text.isEmpty() ? null : text;
    }
}
