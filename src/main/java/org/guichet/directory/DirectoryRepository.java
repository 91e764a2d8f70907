package org.guichet.directory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guichet.domain.office.Office;
import org.guichet.storage.Database;

/**
 * The directory, offline first: the bundled snapshot imported on first run, offices found by text,
 * by id or by distance, favourites, and online lookups merged into the cache. A failed lookup never
 * removes cached data. Store methods are blocking: call them on the storage thread;
 * {@link #fetch} is the only one that uses the network and touches no storage.
 */
public final class DirectoryRepository {

    private static final double[] SEARCH_RADII_METRES = {2_000, 10_000, 40_000, 150_000, 600_000};
    private static final int NEAREST_CANDIDATES = 2_000;
    private static final int ONLINE_RESULTS = 50;
    /** The snapshot holds about 1,500 offices: batches of 200 give the progress bar several steps. */
    private static final int SNAPSHOT_BATCH = 200;

    private final DirectoryStore store;
    private final Favourites favourites;
    private final RemoteQueries remoteQueries;
    private final AnnuaireClient client;
    private final Clock clock;

    public DirectoryRepository(Database database, AnnuaireClient client, Clock clock) {
        this.store = new DirectoryStore(database);
        this.favourites = new Favourites(database);
        this.remoteQueries = new RemoteQueries(database);
        this.client = client;
        this.clock = clock;
    }

    /** True until the bundled snapshot has been imported once on this device. */
    public boolean needsFirstImport() {
        return store.dataVersions().stream().noneMatch(version -> version.source().equals(BundledSnapshot.SOURCE));
    }

    /** Imports the bundled snapshot; offices refreshed online since are replaced by the snapshot's copy. */
    public long importBundledSnapshot(ImportProgress progress) {
        BundledSnapshot snapshot = BundledSnapshot.describe();
        try (InputStream dump = BundledSnapshot.openDump()) {
            return new DirectoryImporter(store, clock, SNAPSHOT_BATCH).importDump(dump, BundledSnapshot.SOURCE, snapshot.dataDate(),
                    snapshot.officeCount(), progress);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled annuaire snapshot cannot be read", e);
        }
    }

    public List<Office> search(String text, Set<String> types, int limit) {
        return store.search(text, types, limit);
    }

    public Optional<Office> find(String id) {
        return store.find(id);
    }

    /** Offices with a known place, nearest first, each with its distance from {@code from}. */
    public List<NearbyOffice> nearest(GeoPoint from, Set<String> types, int limit) {
        List<Office> candidates = List.of();
        for (double radius : SEARCH_RADII_METRES) {
            candidates = store.locatedWithin(from.boxAround(radius), types, NEAREST_CANDIDATES);
            if (candidates.size() >= limit) {
                break;
            }
        }
        return candidates.stream()
                .flatMap(office -> NearbyOffice.from(office, from).stream())
                .sorted(Comparator.comparingDouble(NearbyOffice::metres))
                .limit(limit)
                .toList();
    }

    /** The middle of the offices in a commune or postcode the user typed; empty when none is known. */
    public Optional<GeoPoint> locate(String communeOrPostcode) {
        return PlaceLookup.centre(communeOrPostcode, store.search(communeOrPostcode, Set.of(), 200));
    }

    public List<Office> favourites() {
        return favourites.ids().stream().flatMap(id -> store.find(id).stream()).toList();
    }

    public boolean isFavourite(String officeId) {
        return favourites.contains(officeId);
    }

    public void setFavourite(String officeId, boolean favourite) {
        favourites.set(officeId, favourite, clock.instant());
    }

    /** The date of the offline data: the snapshot's, or the day of the latest answer from the API. */
    public Optional<LocalDate> dataDate() {
        Optional<LocalDate> imported = store.dataVersions().stream().map(DirectoryDataVersion::dataDate)
                .max(Comparator.naturalOrder());
        Optional<LocalDate> refreshed = lastRefresh().map(at -> LocalDate.ofInstant(at, clock.getZone()));
        return imported.isEmpty() ? refreshed
                : refreshed.filter(date -> date.isAfter(imported.get())).or(() -> imported);
    }

    /** When the API last answered a lookup made on this device. */
    public Optional<Instant> lastRefresh() {
        return remoteQueries.lastAnswer();
    }

    /** The API query for what the user typed; empty when there is nothing to look up. */
    public static Optional<String> onlineQuery(String text) {
        return AnnuaireQueries.fullText(text);
    }

    public CacheValidators validators(String onlineQuery) {
        return remoteQueries.validators(onlineQuery);
    }

    /** Asks the API; blocking, uses no storage, so it can run on a network thread. */
    public AnnuaireReply fetch(String onlineQuery, CacheValidators validators) {
        return client.records(onlineQuery, ONLINE_RESULTS, validators);
    }

    /** Keeps what an answer brought. Failures change nothing. */
    public RefreshOutcome merge(String onlineQuery, AnnuaireReply reply) {
        switch (reply.outcome()) {
            case UPDATED -> {
                store.upsert(reply.offices());
                remoteQueries.answered(onlineQuery, reply.validators(), clock.instant());
            }
            case NOT_MODIFIED -> remoteQueries.answered(onlineQuery, reply.validators(), clock.instant());
            default -> {
            }
        }
        return reply.outcome();
    }
}
