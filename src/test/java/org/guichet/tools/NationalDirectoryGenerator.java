package org.guichet.tools;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Random;

/**
 * Derives a national-size v4 dump, for benchmarks only, from the bundled snapshot: the real
 * records, then synthetic offices up to the requested count. Each synthetic office is a copy of a
 * real record with a new id, and the commune, postcode, INSEE code and coordinates of another real
 * record's address (its commune name also appended to the office name). The same arguments always
 * give the same file.
 *
 * <p>Usage: {@code NationalDirectoryGenerator <snapshot .json.gz> <output .json.gz> [office count]},
 * or {@code mvn -Pnational-dump process-test-classes} (writes target/national-annuaire-v4.json.gz).
 */
public final class NationalDirectoryGenerator {
    static final int DEFAULT_OFFICE_COUNT = 64_000;
    static final long SEED = 20_261_123L;
    static final String ID_NAME_PREFIX = "https://guichet.invalid/synthetic-office#";

    private final List<JsonObject> realServices;
    private final List<Place> places;

    /** Where a real office is: what a synthetic office borrows. */
    record Place(String codeInsee, String codePostal, String nomCommune, String longitude, String latitude) {
    }

    NationalDirectoryGenerator(List<JsonObject> realServices) {
        this.realServices = List.copyOf(realServices);
        this.places = realServices.stream()
                .flatMap(service -> placeOf(service).stream())
                .toList();
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: NationalDirectoryGenerator <snapshot .json.gz> <output .json.gz> [office count]");
            System.exit(2);
        }
        int count = args.length == 3 ? Integer.parseInt(args[2]) : DEFAULT_OFFICE_COUNT;
        Path output = Path.of(args[1]);
        Path directory = output.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        NationalDirectoryGenerator generator = new NationalDirectoryGenerator(V4DumpFile.readGzip(Path.of(args[0])));
        V4DumpFile.writeGzip(generator.services(count), output);
        System.out.println("Wrote " + count + " services to " + output + " (" + Files.size(output) + " bytes)");
    }

    /** The real records first, then synthetic ones, {@code count} in all (at least the real ones). */
    Iterator<JsonObject> services(int count) {
        Random random = new Random(SEED);
        int total = Math.max(count, realServices.size());
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < total;
            }

            @Override
            public JsonObject next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int index = next++;
                if (index < realServices.size()) {
                    return realServices.get(index);
                }
                JsonObject template = realServices.get(random.nextInt(realServices.size()));
                Place place = places.get(random.nextInt(places.size()));
                return synthetic(index, template, place);
            }
        };
    }

    static JsonObject synthetic(int index, JsonObject template, Place place) {
        JsonObject office = template.deepCopy();
        office.addProperty("id", NameBasedIds.uuid5(ID_NAME_PREFIX + index));
        office.addProperty("nom", office.get("nom").getAsString() + " (" + place.nomCommune() + ")");
        office.addProperty("code_insee_commune", place.codeInsee());
        office.addProperty("url_service_public", "");
        if (office.has("ancien_code_pivot")) {
            office.addProperty("ancien_code_pivot", "");
        }
        for (JsonElement pivot : office.getAsJsonArray("pivot")) {
            JsonArray communes = new JsonArray();
            communes.add(place.codeInsee());
            pivot.getAsJsonObject().add("code_insee_commune", communes);
        }
        for (JsonElement address : office.getAsJsonArray("adresse")) {
            JsonObject fields = address.getAsJsonObject();
            fields.addProperty("code_postal", place.codePostal());
            fields.addProperty("nom_commune", place.nomCommune());
            fields.addProperty("longitude", place.longitude());
            fields.addProperty("latitude", place.latitude());
        }
        return office;
    }

    /** The first address of a record that has an INSEE code, a postcode and a commune. */
    private static Optional<Place> placeOf(JsonObject service) {
        String insee = Text.member(service, "code_insee_commune");
        for (JsonElement element : service.getAsJsonArray("adresse")) {
            JsonObject address = element.getAsJsonObject();
            String postcode = Text.member(address, "code_postal");
            String commune = Text.member(address, "nom_commune");
            if (!insee.isEmpty() && !postcode.isEmpty() && !commune.isEmpty()) {
                return Optional.of(new Place(insee, postcode, commune,
                        Text.member(address, "longitude"), Text.member(address, "latitude")));
            }
        }
        return Optional.empty();
    }
}
