package org.guichet.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reading source values as the dump's strings: missing or null becomes {@code ""}. */
final class Text {
    private static final Pattern EDGE_SPACES = Pattern.compile("^[\\s\\u00A0]+|[\\s\\u00A0]+$");

    private Text() {
    }

    /** Trims spaces, including the no-break spaces that spreadsheet exports leave behind. */
    static String clean(String value) {
        return value == null ? "" : EDGE_SPACES.matcher(value).replaceAll("");
    }

    /** The member as written in the source (numbers keep their digits), cleaned; "" when absent. */
    static String member(JsonObject object, String name) {
        JsonElement element = object.get(name);
        if (element == null || element.isJsonNull()) {
            return "";
        }
        return clean(element.getAsString());
    }

    /** The member's array of strings, each cleaned; empty when absent. */
    static List<String> strings(JsonObject object, String name) {
        JsonElement array = object.get(name);
        if (array == null || array.isJsonNull()) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        array.getAsJsonArray().forEach(value -> values.add(clean(value.getAsString())));
        return values;
    }
}
