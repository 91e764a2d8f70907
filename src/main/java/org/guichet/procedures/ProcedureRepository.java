package org.guichet.procedures;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.guichet.domain.procedure.Procedure;

/**
 * The procedures content, offline first: the bundled catalogue, loaded once, and the fiches,
 * parsed on demand and kept in memory — those downloaded from the official feed when there are
 * some, else those shipped with the app. Its loading methods block: call them from the background
 * thread, and {@link #update()} from the network thread. A downloaded fiche that fails to parse
 * gives way to the shipped one; a fiche that fails to parse either way is treated as not shipped,
 * so its page still offers the official link.
 */
public final class ProcedureRepository {
    /** Shipped fiches people look for most, in the order the Procedures tab offers them. */
    static final List<String> POPULAR = List.of(
            "F14929", "F21091", "F1341", "F21089", "F1427", "F1050", "F12118", "F19778", "F2444", "F34752");
    private static final System.Logger LOG = System.getLogger(ProcedureRepository.class.getName());

    private final BundledContent bundled;
    private final DownloadedFiches downloaded;
    /** Built on the first update only: its HTTP stack costs start-up time most users never need. */
    private final Supplier<FicheFeedUpdater> updater;
    private final Map<String, Optional<Procedure>> fiches = new ConcurrentHashMap<>();
    private final Map<String, ProcedurePage> pages = new ConcurrentHashMap<>();
    private final AppealStepsFinder appealSteps = new AppealStepsFinder(this::fiche);
    private volatile ProcedureCatalogue catalogue;
    private volatile ContentEdition edition;

    ProcedureRepository(BundledContent bundled, DownloadedFiches downloaded, Supplier<FicheFeedUpdater> updater) {
        this.bundled = bundled;
        this.downloaded = downloaded;
        this.updater = memoized(updater);
        this.edition = editionOf(downloaded);
    }

    /**
     * The content shipped with the app and what was downloaded into {@code home}, updated from
     * {@code feed}. Reads the small description of the downloaded content, if any.
     */
    public static ProcedureRepository open(Path home, Clock clock, FeedAddress feed) {
        DownloadedFiches downloaded = new DownloadedFiches(home.resolve("procedures"));
        return new ProcedureRepository(new BundledContent(), downloaded, () -> new FicheFeedUpdater(feed,
                FeedDownloader.defaultHttpClient(), FeedLimits.DEFAULT, downloaded, clock));
    }

    /** Which fiches the repository serves; never blocks. */
    public ContentEdition edition() {
        return edition;
    }

    /**
     * Downloads the official feed and, if it gives new fiches, serves them from now on. Blocks for
     * the whole download; never throws: a failure keeps the content as it was.
     */
    public FeedUpdateResult update() {
        FeedUpdateResult result = updater.get().update();
        if (result.outcome() == FeedUpdateOutcome.UPDATED) {
            edition = editionOf(downloaded);
            fiches.clear();
            pages.clear();
        }
        return result;
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

    /** The fiche {@code id}, downloaded or shipped, parsed once. */
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
            Optional<Procedure> fresh = downloaded.fiche(id);
            if (fresh.isPresent()) {
                return fresh;
            }
        } catch (FicheFormatException | UncheckedIOException e) {
            LOG.log(System.Logger.Level.WARNING, "Downloaded fiche " + id + " is unreadable, the shipped one is used: "
                    + e.getMessage());
        }
        try {
            return bundled.fiche(id);
        } catch (FicheFormatException e) {
            LOG.log(System.Logger.Level.WARNING, "Bundled fiche " + id + " is unreadable: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static ContentEdition editionOf(DownloadedFiches downloaded) {
        return downloaded.metadata().<ContentEdition>map(content -> new ContentEdition.Downloaded(content.downloadedAt()))
                .orElseGet(() -> new ContentEdition.Bundled(BundledContent.SNAPSHOT));
    }

    private static <T> Supplier<T> memoized(Supplier<T> create) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = create.get();
                }
                return value;
            }
        };
    }
}
