package org.guichet.procedures;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue of "Vos droits et démarches" publications ({@code index-particuliers.json}): entries,
 * themes and life events, and a title search fast enough to run on every key stroke.
 */
public final class ProcedureCatalogue {
    /** The theme under which service-public.fr files its life events ("Comment faire si…"). */
    public static final String LIFE_EVENTS_THEME = "Comment faire si";
    private static final String MODIFIED = "modified ";

    private final List<CatalogueEntry> entries;
    private final Map<String, CatalogueEntry> byId;
    private final TitleIndex titles;

    private ProcedureCatalogue(List<CatalogueEntry> entries) {
        this.entries = List.copyOf(entries);
        this.byId = entries.stream().collect(Collectors.toMap(CatalogueEntry::id, Function.identity(), (first, second) -> first));
        this.titles = new TitleIndex(this.entries);
    }

    /** Streams the JSON array of {@code {id, type, title, subject, theme, date}} objects (UTF-8). */
    public static ProcedureCatalogue read(InputStream json) {
        List<CatalogueEntry> entries = new ArrayList<>();
        try (JsonReader reader = new JsonReader(new InputStreamReader(json, StandardCharsets.UTF_8))) {
            reader.beginArray();
            while (reader.hasNext()) {
                entries.add(readEntry(reader));
            }
            reader.endArray();
        } catch (MalformedJsonException | EOFException e) {
            throw new IllegalArgumentException("the procedures catalogue is not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the procedures catalogue", e);
        } catch (IllegalStateException | JsonParseException | DateTimeParseException e) {
            throw new IllegalArgumentException("the procedures catalogue is malformed: " + e.getMessage(), e);
        }
        return new ProcedureCatalogue(entries);
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    public Optional<CatalogueEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** At most {@code limit} entries whose title matches {@code query} word by word, as prefixes. */
    public List<CatalogueEntry> search(String query, int limit) {
        return titles.search(query, limit);
    }

    /**
     * Themes in catalogue order ("Papiers - Citoyenneté", "Services en ligne et formulaires"…), each
     * with its dossiers as subgroups.
     */
    public List<ThemeGroup> themes() {
        Map<String, Map<String, List<CatalogueEntry>>> tree = new LinkedHashMap<>();
        for (CatalogueEntry entry : entries) {
            List<String> path = entry.themePath();
            String theme = path.size() > 1 ? path.get(1) : entry.theme();
            String dossier = path.size() > 3 ? path.get(2) : "";
            tree.computeIfAbsent(theme, key -> new LinkedHashMap<>())
                    .computeIfAbsent(dossier, key -> new ArrayList<>())
                    .add(entry);
        }
        List<ThemeGroup> themes = new ArrayList<>();
        tree.forEach((theme, dossiers) -> {
            List<ThemeGroup> subgroups = new ArrayList<>();
            dossiers.forEach((dossier, filed) -> {
                if (!dossier.isEmpty()) {
                    subgroups.add(new ThemeGroup(dossier, filed, List.of()));
                }
            });
            themes.add(new ThemeGroup(theme, dossiers.getOrDefault("", List.of()), subgroups));
        });
        return themes;
    }

    /** The life-event guides ("Comment faire si j'attends un enfant ?"…). */
    public List<CatalogueEntry> lifeEvents() {
        return themes().stream()
                .filter(theme -> theme.name().equals(LIFE_EVENTS_THEME))
                .flatMap(theme -> theme.entries().stream())
                .toList();
    }

    private static CatalogueEntry readEntry(JsonReader reader) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
            String name = reader.nextName();
            if (reader.peek() == JsonToken.NULL) {
                reader.nextNull();
            } else {
                fields.put(name, reader.nextString());
            }
        }
        reader.endObject();
        String date = fields.getOrDefault("date", "");
        return new CatalogueEntry(
                required(fields, "id"),
                required(fields, "title"),
                fields.get("subject"),
                fields.get("theme"),
                LocalDate.parse(date.startsWith(MODIFIED) ? date.substring(MODIFIED.length()) : date));
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the procedures catalogue has an entry without " + name + ": " + fields);
        }
        return value;
    }
}
