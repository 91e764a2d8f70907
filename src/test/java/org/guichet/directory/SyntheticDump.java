package org.guichet.directory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;

/** A v4 dump of any size made of copies of a real record, each with its own id and name. */
final class SyntheticDump {

    private SyntheticDump() {
    }

    static String of(int offices) throws IOException {
        JsonObject real = JsonParser.parseString(Samples.text(Samples.FONTAINE_RECORD)).getAsJsonObject();
        JsonArray records = new JsonArray(offices);
        for (int i = 0; i < offices; i++) {
            JsonObject copy = real.deepCopy();
            copy.addProperty("id", "synthetic-" + i);
            copy.addProperty("nom", "Mairie - Commune " + i);
            records.add(copy);
        }
        JsonObject dump = new JsonObject();
        dump.add("service", records);
        return dump.toString();
    }
}
