package org.guichet.procedures;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guichet.platform.Background;

/**
 * The Procedures tab: search as you type over the catalogue's titles and, while the field is
 * empty, the popular shipped fiches, the life events and the themes to browse; which fiches the
 * app holds, and their update from service-public.fr when the user asks for it.
 */
public final class ProceduresViewModel {
    static final int MAX_RESULTS = 50;

    private final ProcedureRepository repository;
    private final Background background;
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.LOADING);
    private final StringProperty query = new SimpleStringProperty("");
    private final IntegerProperty matchCount = new SimpleIntegerProperty();
    private final ObservableList<CatalogueEntry> results = FXCollections.observableArrayList();
    private final ObservableList<CatalogueEntry> popular = FXCollections.observableArrayList();
    private final ObservableList<CatalogueEntry> lifeEvents = FXCollections.observableArrayList();
    private final ObservableList<ThemeGroup> themes = FXCollections.observableArrayList();
    private final ObjectProperty<ContentEdition> edition = new SimpleObjectProperty<>();
    private final BooleanProperty updating = new SimpleBooleanProperty();
    private final ObjectProperty<FeedUpdateResult> lastUpdate = new SimpleObjectProperty<>();
    private ProcedureCatalogue catalogue;

    public ProceduresViewModel(ProcedureRepository repository, Background background) {
        this.repository = repository;
        this.background = background;
        edition.set(repository.edition());
        query.addListener(observable -> search());
    }

    /** Loads the catalogue on the background thread, or shows it at once if it is in memory. */
    public void load() {
        repository.loadedCatalogue().ifPresentOrElse(this::show, () -> background.run(repository::catalogue, this::show,
                error -> state.set(LoadState.FAILED)));
    }

    /** Downloads the official feed on the network thread; does nothing while an update runs. */
    public void update() {
        if (updating.get()) {
            return;
        }
        updating.set(true);
        lastUpdate.set(null);
        background.runNetwork(repository::update, this::updated,
                error -> updated(FeedUpdateResult.unchanged(FeedUpdateOutcome.NOT_SAVED)));
    }

    public ReadOnlyObjectProperty<ContentEdition> editionProperty() {
        return edition;
    }

    public ReadOnlyBooleanProperty updatingProperty() {
        return updating;
    }

    /** How the last update ended; null before any and while one runs. */
    public ReadOnlyObjectProperty<FeedUpdateResult> lastUpdateProperty() {
        return lastUpdate;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** How many titles match the query; at most {@link #MAX_RESULTS} of them are in {@link #results()}. */
    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount;
    }

    public ObservableList<CatalogueEntry> results() {
        return results;
    }

    public ObservableList<CatalogueEntry> popular() {
        return popular;
    }

    public ObservableList<CatalogueEntry> lifeEvents() {
        return lifeEvents;
    }

    /** The catalogue's themes, life events aside. */
    public ObservableList<ThemeGroup> themes() {
        return themes;
    }

    private void show(ProcedureCatalogue loaded) {
        catalogue = loaded;
        popular.setAll(repository.popular());
        lifeEvents.setAll(loaded.lifeEvents());
        themes.setAll(loaded.themes().stream()
                .filter(theme -> !theme.name().equals(ProcedureCatalogue.LIFE_EVENTS_THEME))
                .toList());
        state.set(LoadState.READY);
        search();
    }

    private void updated(FeedUpdateResult result) {
        edition.set(repository.edition());
        lastUpdate.set(result);
        updating.set(false);
    }

    private void search() {
        if (catalogue == null) {
            return;
        }
        List<CatalogueEntry> matches = catalogue.search(query.get(), Integer.MAX_VALUE);
        matchCount.set(matches.size());
        results.setAll(matches.subList(0, Math.min(MAX_RESULTS, matches.size())));
    }
}
