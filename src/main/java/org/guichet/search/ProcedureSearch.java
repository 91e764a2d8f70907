package org.guichet.search;

import java.util.List;
import java.util.function.Consumer;
import org.guichet.platform.Background;
import org.guichet.procedures.BundledContent;
import org.guichet.procedures.CatalogueEntry;
import org.guichet.procedures.ProcedureCatalogue;

/** Finds "Vos droits et démarches" publications by title, in the bundled catalogue read once in the background. */
public final class ProcedureSearch {

    private static final int RESULTS = 5;

    private final Background background;
    private ProcedureCatalogue catalogue;

    public ProcedureSearch(Background background) {
        this.background = background;
    }

    /** Hands the matches to {@code found} on the FX thread; nothing when the catalogue cannot be read. */
    void search(String query, Consumer<List<CatalogueEntry>> found) {
        background.run(() -> {
            if (catalogue == null) {
                catalogue = new BundledContent().catalogue();
            }
            return catalogue.search(query, RESULTS);
        }, found, error -> found.accept(List.of()));
    }

    /** The publication's page on service-public.fr, which is the reference over the bundled copy. */
    static String pageOf(CatalogueEntry entry) {
        return "https://www.service-public.fr/particuliers/vosdroits/" + entry.id();
    }
}
