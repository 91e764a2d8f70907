package org.guichet.tools;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the bundled directory snapshot: every source of shared/data/annuaire converted to DILA's
 * v4 dump shape, deduplicated by id, sorted by id, gzip-compressed, with SNAPSHOT.md beside it.
 *
 * <p>Usage: {@code AnnuaireSnapshotBuilder <shared/data/annuaire dir> <output .json.gz>}, or
 * {@code mvn -Psnapshot process-test-classes}.
 */
public final class AnnuaireSnapshotBuilder {

    /** When two sources give the same id, the record of the source listed first is kept. */
    static final List<AnnuaireSource> SOURCES_BY_PRIORITY = List.of(
            new DilaV4DumpSource(),
            new OdsApiReplySource(),
            new DilaV2XmlSource(),
            new CquestNdjsonSource(),
            new AnnuaireApiV3Source(),
            new FranceServicesGeojsonSource());

    private AnnuaireSnapshotBuilder() {
    }

    /** The records kept from one source, and how many it gave that an earlier source already had. */
    record SourceRecords(AnnuaireSource source, List<JsonObject> kept, int duplicates) {
    }

    record Snapshot(List<SourceRecords> sources) {
        List<JsonObject> servicesById() {
            return sources.stream()
                    .flatMap(source -> source.kept().stream())
                    .sorted(Comparator.comparing(AnnuaireSnapshotBuilder::id))
                    .toList();
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: AnnuaireSnapshotBuilder <annuaire sources dir> <output .json.gz>");
            System.exit(2);
        }
        Path output = Path.of(args[1]);
        Snapshot snapshot = write(Path.of(args[0]), output);
        System.out.println("Wrote " + snapshot.servicesById().size() + " services to " + output
                + " (" + Files.size(output) + " bytes)");
    }

    /** Writes the gzip dump to {@code output} and SNAPSHOT.md to the same directory. */
    static Snapshot write(Path annuaireDir, Path output) throws IOException {
        Snapshot snapshot = build(annuaireDir);
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        byte[] json = V4DumpFile.json(snapshot.servicesById());
        Files.write(output, V4DumpFile.gzip(json));
        Files.writeString(directory.resolve("SNAPSHOT.md"), SnapshotReadme.markdown(snapshot, output.getFileName().toString(), json));
        return snapshot;
    }

    static Snapshot build(Path annuaireDir) throws IOException {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        List<SourceRecords> sources = new ArrayList<>();
        for (AnnuaireSource source : SOURCES_BY_PRIORITY) {
            List<JsonObject> kept = new ArrayList<>();
            int duplicates = 0;
            for (JsonObject service : source.read(annuaireDir)) {
                if (byId.putIfAbsent(id(service), service) == null) {
                    kept.add(service);
                } else {
                    duplicates++;
                }
            }
            sources.add(new SourceRecords(source, kept, duplicates));
        }
        return new Snapshot(sources);
    }

    private static String id(JsonObject service) {
        return service.get("id").getAsString();
    }
}
