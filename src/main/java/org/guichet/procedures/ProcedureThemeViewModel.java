package org.guichet.procedures;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.guichet.platform.Background;

/** One theme of the catalogue ("Papiers - Citoyenneté"), with its dossiers and publications. */
public final class ProcedureThemeViewModel {

    private final ProcedureRepository repository;
    private final Background background;
    private final String name;
    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.LOADING);
    private final ObjectProperty<ThemeGroup> theme = new SimpleObjectProperty<>();

    public ProcedureThemeViewModel(ProcedureRepository repository, Background background, String name) {
        this.repository = repository;
        this.background = background;
        this.name = name;
    }

    public void load() {
        repository.loadedCatalogue().ifPresentOrElse(this::show, () -> background.run(repository::catalogue, this::show,
                error -> state.set(LoadState.FAILED)));
    }

    public String name() {
        return name;
    }

    /** Which fiches the app holds now. */
    public ContentEdition edition() {
        return repository.edition();
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    /** The theme once loaded; null while loading or when the catalogue has no theme of that name. */
    public ReadOnlyObjectProperty<ThemeGroup> themeProperty() {
        return theme;
    }

    private void show(ProcedureCatalogue catalogue) {
        catalogue.themes().stream().filter(group -> group.name().equals(name)).findFirst().ifPresentOrElse(group -> {
            theme.set(group);
            state.set(LoadState.READY);
        }, () -> state.set(LoadState.FAILED));
    }
}
