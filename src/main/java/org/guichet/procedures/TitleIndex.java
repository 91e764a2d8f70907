package org.guichet.procedures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Search-as-you-type over titles: each word of the query must begin a word of the title, accents
 * and case aside ("carte d'identite" finds "Carte d'identité d'un majeur…"). Titles that begin
 * with the query come first, then shorter titles.
 */
final class TitleIndex {
    private final List<Indexed> titles;

    TitleIndex(List<CatalogueEntry> entries) {
        titles = entries.stream().map(Indexed::of).toList();
    }

    List<CatalogueEntry> search(String query, int limit) {
        String key = TextKey.of(query);
        if (key.isEmpty() || limit <= 0) {
            return List.of();
        }
        String[] words = key.split(" ");
        List<Indexed> matches = new ArrayList<>();
        for (Indexed title : titles) {
            if (title.matches(words)) {
                matches.add(title);
            }
        }
        return matches.stream()
                .sorted(Comparator.comparing((Indexed title) -> !title.key().startsWith(key))
                        .thenComparingInt(title -> title.key().length())
                        .thenComparing(title -> title.key()))
                .limit(limit)
                .map(Indexed::entry)
                .toList();
    }

    private record Indexed(CatalogueEntry entry, String key, String[] words) {
        static Indexed of(CatalogueEntry entry) {
            String key = TextKey.of(entry.title());
            return new Indexed(entry, key, key.split(" "));
        }

        boolean matches(String[] queryWords) {
            for (String queryWord : queryWords) {
                if (!beginsAWord(queryWord)) {
                    return false;
                }
            }
            return true;
        }

        private boolean beginsAWord(String prefix) {
            for (String word : words) {
                if (word.startsWith(prefix)) {
                    return true;
                }
            }
            return false;
        }
    }
}
