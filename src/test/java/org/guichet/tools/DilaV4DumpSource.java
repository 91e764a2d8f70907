package org.guichet.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts of DILA's v4 dump, copied as they are. A file holds either a dump
 * ({@code {"service":[…]}}) or one bare record.
 */
final class DilaV4DumpSource implements AnnuaireSource {
    static final String GLOB = "dila-v4-local-sample-*.json";

    @Override
    public String origin() {
        return "`dila-v4-local-sample-*.json`: records of DILA's v4 dump (via betagouv/annuaire-api and MTES-MCT/acceslibre test files)";
    }

    @Override
    public List<JsonObject> read(Path annuaireDir) throws IOException {
        List<JsonObject> records = new ArrayList<>();
        for (Path file : SourceFiles.matching(annuaireDir, GLOB)) {
            JsonObject root = JsonFiles.parse(file).getAsJsonObject();
            if (root.has("service")) {
                for (JsonElement service : root.getAsJsonArray("service")) {
                    records.add(service.getAsJsonObject());
                }
            } else {
                records.add(root);
            }
        }
        return records;
    }
}
