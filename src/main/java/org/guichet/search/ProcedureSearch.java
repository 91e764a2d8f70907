package org.guichet.search;

import java.util.List;
import java.util.function.Consumer;
import org.guichet.platform.Background;
import org.guichet.procedures.CatalogueEntry;
import org.guichet.procedures.ProcedureRepository;

/** Finds "Vos droits et démarches" publications by title in the procedures catalogue, in the background. */
public final class ProcedureSearch {

    private static final int RESULTS = 5;

    private final ProcedureRepository procedures;
    private final Background background;

    public ProcedureSearch(ProcedureRepository procedures, Background background) {
        this.procedures = procedures;
        this.background = background;
    }

    /** Hands the matches to {@code found} on the FX thread; nothing when the catalogue cannot be read. */
    void search(String query, Consumer<List<CatalogueEntry>> found) {
        background.run(() -> procedures.catalogue().search(query, RESULTS), found, error -> found.accept(List.of()));
    }
}
