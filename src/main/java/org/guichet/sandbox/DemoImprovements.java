package org.guichet.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.Improvement;

/**
 * The sandbox's invented "Vous avez dit, nous avons fait" entries (see {@link #RESOURCE}): each
 * subject gets 0 to 2 entries of its kind, picked from a hash of its id, so every run shows the same.
 */
final class DemoImprovements {
    static final String RESOURCE = "/org/guichet/sandbox/demo-improvements.json";
    static final String DEFAULT_LANGUAGE = "fr";
    private static final Set<String> LANGUAGES = Set.of("fr", "en");
    private static final int MAX_PER_SUBJECT = 2;

    private record Texts(String youSaid, String weDid) {
    }

    private record Entry(LocalDate date, Map<String, Texts> texts) {
    }

    private final Map<String, List<Entry>> byKind;

    private DemoImprovements(Map<String, List<Entry>> byKind) {
        this.byKind = byKind;
    }

    static DemoImprovements load(Gson gson) {
        try (InputStream in = DemoImprovements.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            JsonObject file = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            return new DemoImprovements(Map.of(
                    "procedure", entries(gson, file, "procedure"),
                    "office", entries(gson, file, "office"),
                    "booking", entries(gson, file, "booking")));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    /** The language the texts will be in: the one asked for when there are texts in it, French otherwise. */
    static String languageFor(String asked) {
        return asked != null && LANGUAGES.contains(asked) ? asked : DEFAULT_LANGUAGE;
    }

    /** Newest first. */
    List<Improvement> forSubject(FeedbackSubject subject, String language) {
        List<Entry> pool = byKind.get(subject.kindName());
        byte[] hash = sha256(subject.kindName() + "|" + subject.id());
        int count = Byte.toUnsignedInt(hash[0]) % (MAX_PER_SUBJECT + 1);
        int first = Byte.toUnsignedInt(hash[1]) % pool.size();
        List<Entry> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, pool.size()); i++) {
            chosen.add(pool.get((first + i) % pool.size()));
        }
        return chosen.stream()
                .sorted(Comparator.comparing(Entry::date).reversed())
                .map(entry -> {
                    Texts texts = entry.texts().get(languageFor(language));
                    return new Improvement(entry.date(), texts.youSaid(), texts.weDid());
                })
                .toList();
    }

    private static List<Entry> entries(Gson gson, JsonObject file, String kind) {
        List<Entry> entries = new ArrayList<>();
        file.getAsJsonArray(kind).forEach(element -> {
            JsonObject entry = element.getAsJsonObject();
            entries.add(new Entry(LocalDate.parse(entry.get("date").getAsString()), Map.of(
                    "fr", gson.fromJson(entry.get("fr"), Texts.class),
                    "en", gson.fromJson(entry.get("en"), Texts.class))));
        });
        return List.copyOf(entries);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
