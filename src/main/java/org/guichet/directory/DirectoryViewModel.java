package org.guichet.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.util.Duration;
import org.guichet.domain.office.Office;

/**
 * The Annuaire tab's state: what the user typed and chose, the offices found (offline first, then
 * refreshed online), favourites, and how fresh the data is. Storage and network work run in the
 * background; every property changes on the FX thread.
 */
public final class DirectoryViewModel {

    static final Duration TYPING_PAUSE = Duration.millis(150);
    static final Duration ONLINE_PAUSE = Duration.millis(400);
    private static final int RESULTS = 30;

    private final DirectoryServices services;
    private final DirectoryRepository repository;
    private final OfficeRows rows;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableSet<OfficeCategory> categories = FXCollections.observableSet(EnumSet.noneOf(OfficeCategory.class));
    private final ObservableList<OfficeRow> results = FXCollections.observableArrayList();
    private final ObservableList<OfficeRow> favourites = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty onlineProblem = new SimpleStringProperty("");
    private final StringProperty nearPlaceName = new SimpleStringProperty("");
    private final BooleanProperty offline = new SimpleBooleanProperty(false);
    private final BooleanProperty searched = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> dataDate = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> lastRefresh = new SimpleObjectProperty<>();
    private final PauseTransition typingPause = new PauseTransition(TYPING_PAUSE);
    private final PauseTransition onlinePause = new PauseTransition(ONLINE_PAUSE);
    private GeoPoint nearPoint;
    private int searchGeneration;

    public DirectoryViewModel(DirectoryServices services, String initialQuery) {
        this.services = services;
        this.repository = services.repository();
        this.rows = new OfficeRows(services.i18n());
        query.set(initialQuery == null ? "" : initialQuery.strip());
        typingPause.setOnFinished(event -> search(true));
        onlinePause.setOnFinished(event -> refreshOnline(query.get()));
        query.addListener((observable, before, text) -> typingPause.playFromStart());
        services.favouritesVersion().addListener(observable -> loadFavourites());
        services.i18n().languageProperty().addListener(observable -> {
            search(false);
            loadFavourites();
        });
        services.preparation().whenReady(() -> {
            loadFavourites();
            loadFreshness();
            search(true);
        });
    }

    public StringProperty query() {
        return query;
    }

    public void setCategory(OfficeCategory category, boolean selected) {
        if (selected) {
            categories.add(category);
        } else {
            categories.remove(category);
        }
        search(false);
    }

    public ObservableSet<OfficeCategory> categories() {
        return categories;
    }

    /** Sorts results by distance from a commune or postcode the user typed. */
    public void searchNear(String place) {
        String typed = place == null ? "" : place.strip();
        if (typed.isEmpty()) {
            message.set(services.i18n().get("directory.near.empty"));
            return;
        }
        whenReady(() -> services.background().run(() -> repository.locate(typed), found -> {
            if (found.isEmpty()) {
                message.set(services.i18n().get("directory.near.unknownPlace", typed));
                return;
            }
            nearPoint = found.get();
            nearPlaceName.set(typed);
            search(false);
            refreshOnline(typed);
        }, this::storageFailed));
    }

    /** Sorts results by distance from the device, where the platform can tell its position. */
    public void searchNearDevice() {
        Optional<GeoPoint> here = services.position().current()
                .map(position -> new GeoPoint(position.latitude(), position.longitude()));
        if (here.isEmpty()) {
            message.set(services.i18n().get("directory.near.noPosition"));
            return;
        }
        nearPoint = here.get();
        nearPlaceName.set(services.i18n().get("directory.near.here"));
        search(false);
    }

    public boolean positionAvailable() {
        return services.position().available();
    }

    /** Only France services, nearest first, from the place already chosen or typed. */
    public void nearestFranceServices(String typedPlace) {
        categories.clear();
        categories.add(OfficeCategory.FRANCE_SERVICES);
        if (nearPoint == null && (typedPlace == null || typedPlace.isBlank())) {
            message.set(services.i18n().get("directory.near.needPlace"));
            return;
        }
        query.set("");
        if (nearPoint == null) {
            searchNear(typedPlace);
        } else {
            search(false);
        }
    }

    public void clearNear() {
        nearPoint = null;
        nearPlaceName.set("");
        search(false);
    }

    private void whenReady(Runnable action) {
        services.preparation().whenReady(action);
    }

    private void search(boolean thenOnline) {
        typingPause.stop();
        int generation = ++searchGeneration;
        String text = query.get().strip();
        GeoPoint near = nearPoint;
        Set<String> types = categories.stream().flatMap(category -> category.pivotCodes().stream())
                .collect(Collectors.toSet());
        if (!services.preparation().ready().get()) {
            return;
        }
        if (text.isEmpty() && near == null) {
            results.clear();
            message.set(categories.isEmpty() ? "" : services.i18n().get("directory.filterNeedsPlace"));
            searched.set(false);
            return;
        }
        services.background().run(() -> find(text, near, types), found -> {
            if (generation != searchGeneration) {
                return;
            }
            Instant now = services.clock().instant();
            replaceIfChanged(results, found.stream().map(hit -> rows.row(hit.office(), hit.metres(), now)).toList());
            searched.set(true);
            message.set(found.isEmpty() ? noResultMessage(text) : "");
            if (thenOnline && !text.isEmpty()) {
                onlinePause.playFromStart();
            }
        }, this::storageFailed);
    }

    private List<Hit> find(String text, GeoPoint near, Set<String> types) {
        if (text.isEmpty()) {
            return repository.nearest(near, types, RESULTS).stream()
                    .map(nearby -> new Hit(nearby.office(), OptionalDouble.of(nearby.metres()))).toList();
        }
        List<Hit> hits = repository.search(text, types, RESULTS).stream().map(office -> Hit.from(office, near)).toList();
        return near == null ? hits : hits.stream()
                .sorted((a, b) -> Double.compare(a.metres().orElse(Double.MAX_VALUE), b.metres().orElse(Double.MAX_VALUE)))
                .toList();
    }

    private String noResultMessage(String text) {
        if (text.isEmpty()) {
            return services.i18n().get("directory.noResultNear");
        }
        return services.i18n().get(categories.isEmpty() ? "directory.noResult" : "directory.noResultFiltered", text);
    }

    private void refreshOnline(String text) {
        Optional<String> onlineQuery = DirectoryRepository.onlineQuery(text);
        if (onlineQuery.isEmpty()) {
            return;
        }
        String where = onlineQuery.get();
        services.background().run(() -> repository.validators(where), validators ->
                services.background().runNetwork(() -> repository.fetch(where, validators), reply ->
                        services.background().run(() -> repository.merge(where, reply),
                                outcome -> refreshed(outcome, text), this::storageFailed),
                        error -> refreshed(RefreshOutcome.OFFLINE, text)),
                this::storageFailed);
    }

    private void refreshed(RefreshOutcome outcome, String text) {
        offline.set(outcome == RefreshOutcome.OFFLINE);
        boolean unusable = outcome == RefreshOutcome.REFUSED || outcome == RefreshOutcome.SERVER_ERROR
                || outcome == RefreshOutcome.BAD_REPLY;
        onlineProblem.set(unusable ? services.i18n().get("directory.online.problem") : "");
        if (outcome.reachedServer()) {
            loadFreshness();
        }
        if (outcome == RefreshOutcome.UPDATED && (text.equals(query.get()) || text.equals(nearPlaceName.get()))) {
            search(false);
        }
    }

    private void loadFavourites() {
        if (!services.preparation().ready().get()) {
            return;
        }
        GeoPoint near = nearPoint;
        services.background().run(() -> repository.favourites().stream().map(office -> Hit.from(office, near)).toList(),
                found -> {
                    Instant now = services.clock().instant();
                    replaceIfChanged(favourites,
                            found.stream().map(hit -> rows.row(hit.office(), hit.metres(), now)).toList());
                }, this::storageFailed);
    }

    /** Leaves an unchanged list alone, so the buttons on screen (and the keyboard focus) stay. */
    private static void replaceIfChanged(ObservableList<OfficeRow> shown, List<OfficeRow> latest) {
        if (!shown.equals(latest)) {
            shown.setAll(latest);
        }
    }

    private void loadFreshness() {
        services.background().run(() -> new Freshness(repository.dataDate(), repository.lastRefresh()), freshness -> {
            dataDate.set(freshness.dataDate().orElse(null));
            lastRefresh.set(freshness.lastRefresh().orElse(null));
        }, this::storageFailed);
    }

    private void storageFailed(Exception error) {
        message.set(services.i18n().get("directory.storageError"));
    }

    public ObservableList<OfficeRow> results() {
        return results;
    }

    public ObservableList<OfficeRow> favourites() {
        return favourites;
    }

    /** Advice when nothing is found or something failed; empty otherwise. */
    public StringProperty message() {
        return message;
    }

    /** Said when the API answered with an error or an unreadable reply. */
    public StringProperty onlineProblem() {
        return onlineProblem;
    }

    /** The place results are sorted from ("Compiègne", "votre position"); empty when none. */
    public StringProperty nearPlaceName() {
        return nearPlaceName;
    }

    public BooleanProperty offline() {
        return offline;
    }

    /** True once a search has shown its results (possibly none). */
    public BooleanProperty searched() {
        return searched;
    }

    public ObjectProperty<LocalDate> dataDate() {
        return dataDate;
    }

    public ObjectProperty<Instant> lastRefresh() {
        return lastRefresh;
    }

    public ZoneId zone() {
        return services.clock().getZone();
    }

    public DirectoryPreparation preparation() {
        return services.preparation();
    }

    private record Hit(Office office, OptionalDouble metres) {
        static Hit from(Office office, GeoPoint near) {
            return near == null ? new Hit(office, OptionalDouble.empty())
                    : NearbyOffice.from(office, near).map(nearby -> new Hit(office, OptionalDouble.of(nearby.metres())))
                            .orElseGet(() -> new Hit(office, OptionalDouble.empty()));
        }
    }

    private record Freshness(Optional<LocalDate> dataDate, Optional<Instant> lastRefresh) {
    }
}
