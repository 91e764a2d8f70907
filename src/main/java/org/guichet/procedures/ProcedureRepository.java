package org.guichet.procedures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.guichet.domain.procedure.Procedure;

/**
 * The procedures content, offline first: the bundled catalogue, loaded once, and the bundled
 * fiches, parsed on demand and kept in memory. Its loading methods block: call them from the
 * background thread. A fiche that fails to parse is treated as not shipped, so its page still
 * offers the official link.
 */
public final class ProcedureRepository {
    /** Shipped fiches people look for most, in the order the Procedures tab offers them. */
    static final List<String> POPULAR = List.of(
            "F14929", "F21091", "F1341", "F21089", "F1427", "F1050", "F12118", "F19778", "F2444", "F34752");
    private static final System.Logger LOG = System.getLogger(ProcedureRepository.class.getName());

    private final BundledContent bundled;
    private final Map<String, Optional<Procedure>> fiches = new ConcurrentHashMap<>();
    private final Map<String, ProcedurePage> pages = new ConcurrentHashMap<>();
    private final AppealStepsFinder appealSteps = new AppealStepsFinder(this::fiche);
    private volatile ProcedureCatalogue catalogue;

    public ProcedureRepository(BundledContent bundled) {
        this.bundled = bundled;
    }

    public ProcedureCatalogue catalogue() {
        ProcedureCatalogue loaded = catalogue;
        if (loaded == null) {
            synchronized (this) {
                if (catalogue == null) {
                    catalogue = bundled.catalogue();
                }
                loaded = catalogue;
            }
        }
        return loaded;
    }

    /** The catalogue if it is already in memory; never blocks. */
    public Optional<ProcedureCatalogue> loadedCatalogue() {
        return Optional.ofNullable(catalogue);
    }

    /** The shipped fiche {@code id}, parsed once. */
    public Optional<Procedure> fiche(String id) {
        return fiches.computeIfAbsent(id, this::parse);
    }

    /** The popular fiches the app ships, as catalogue entries; loads the catalogue if needed. */
    public List<CatalogueEntry> popular() {
        ProcedureCatalogue loaded = catalogue();
        return POPULAR.stream().flatMap(id -> loaded.entry(id).stream()).toList();
    }

    /** All a procedure page needs; built once per ID. */
    public ProcedurePage page(String id) {
        return pages.computeIfAbsent(id, this::build);
    }

    /** The page of {@code id} if it is already built; never blocks. */
    public Optional<ProcedurePage> builtPage(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    private ProcedurePage build(String id) {
        Optional<Procedure> procedure = fiche(id);
        return new ProcedurePage(
                id,
                catalogue().entry(id),
                procedure,
                procedure.map(appealSteps::steps).orElse(List.of()),
                fiche(Procedure.DROIT_A_L_ERREUR_ID));
    }

    private Optional<Procedure> parse(String id) {
        try {
            return bundled.fiche(id);
        } catch (FicheFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Bundled fiche " + id + " is unreadable: " + e.getMessage());
            return Optional.empty();
        }
    }
}
