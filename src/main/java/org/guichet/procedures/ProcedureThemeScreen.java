package org.guichet.procedures;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * One theme of the catalogue: each dossier opens to list its publications; the publications filed
 * directly under the theme follow, a page at a time.
 */
public final class ProcedureThemeScreen implements Screen {
    static final int PAGE_SIZE = 40;

    private final I18n i18n;
    private final Navigator navigator;
    private final ProcedureThemeViewModel model;
    private final VBox content = new VBox();
    private final Node view;

    public ProcedureThemeScreen(I18n i18n, Navigator navigator, ProcedureThemeViewModel model) {
        this.i18n = i18n;
        this.navigator = navigator;
        this.model = model;
        content.getStyleClass().add(ProcedureStyles.GROUPS);
        Label loading = Components.paragraph(i18n.text("procedures.loading"));
        Visibility.showWhen(loading, model.stateProperty().isEqualTo(LoadState.LOADING));
        Label failed = Components.wrapping(i18n.text("procedures.theme.failed"), Styles.ERROR);
        Visibility.showWhen(failed, model.stateProperty().isEqualTo(LoadState.FAILED));
        Label heading = Components.wrapping(new SimpleStringProperty(DisplayText.of(model.name())), ProcedureStyles.PAGE_TITLE);
        Components.markHeading(i18n, heading);
        this.view = Components.page(heading, Components.wrapping(ContentDate.notice(i18n, model.edition()), Styles.HINT), loading, failed,
                content);
        model.themeProperty().addListener((observable, before, theme) -> show(theme));
        model.load();
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("procedures.theme.title");
    }

    @Override
    public Node view() {
        return view;
    }

    private void show(ThemeGroup theme) {
        content.getChildren().clear();
        for (ThemeGroup dossier : theme.subgroups()) {
            Disclosure disclosure = new Disclosure(
                    i18n.text("procedures.theme.dossier", DisplayText.of(dossier.name()), dossier.size()),
                    () -> pagedList(dossier.entries()));
            disclosure.getStyleClass().add(ProcedureStyles.RULED);
            content.getChildren().add(disclosure);
        }
        if (!theme.entries().isEmpty()) {
            VBox direct = new VBox(Components.heading(i18n, i18n.text(theme.subgroups().isEmpty()
                    ? "procedures.theme.all" : "procedures.theme.others")), pagedList(theme.entries()));
            direct.getStyleClass().add(Styles.STACK);
            content.getChildren().add(direct);
        }
    }

    /** The first {@link #PAGE_SIZE} entries and a button that shows the next ones. */
    private Node pagedList(List<CatalogueEntry> entries) {
        VBox list = new VBox();
        list.getStyleClass().add(Styles.STACK);
        IntegerProperty remaining = new SimpleIntegerProperty(entries.size());
        Consumer<String> open = id -> navigator.open(Destinations.PROCEDURE, id);
        Button more = Components.secondaryButton(i18n.text("procedures.theme.more", remaining), () -> { });
        Runnable nextPage = () -> {
            int shown = entries.size() - remaining.get();
            int until = Math.min(entries.size(), shown + PAGE_SIZE);
            entries.subList(shown, until).forEach(entry -> list.getChildren().add(EntryButtons.of(entry, open)));
            remaining.set(entries.size() - until);
        };
        more.setOnAction(event -> nextPage.run());
        Visibility.showWhen(more, remaining.greaterThan(0));
        nextPage.run();
        VBox box = new VBox(list, more);
        box.getStyleClass().add(Styles.STACK);
        return box;
    }
}
