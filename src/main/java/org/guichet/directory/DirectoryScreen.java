package org.guichet.directory;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * Annuaire: search as you type, type filters, "near me", favourites, results said in words, and
 * how fresh the offline data is. Also the home screen's search results, opened with the words typed.
 */
public final class DirectoryScreen implements Screen {

    private final I18n i18n;
    private final Navigator navigator;
    private final DirectoryViewModel model;
    private final String titleKey;
    private final Node view;

    /** The Annuaire tab. */
    public DirectoryScreen(DirectoryServices services, Navigator navigator) {
        this(services, navigator, "directory.title", "", query -> new VBox());
    }

    /**
     * Search results for words typed elsewhere; {@code moreResults} adds what other features find
     * for the same words (it follows the search field).
     */
    public DirectoryScreen(DirectoryServices services, Navigator navigator, String titleKey, String initialQuery,
            Function<StringProperty, Node> moreResults) {
        this.i18n = services.i18n();
        this.navigator = navigator;
        this.titleKey = titleKey;
        this.model = new DirectoryViewModel(services, initialQuery);
        this.view = Components.page(
                Components.heading(i18n, i18n.text("directory.heading")),
                banner(),
                preparing(),
                list(i18n.text("directory.favourites"), model.favourites(), false),
                searchForm(),
                refine(),
                shown(Components.wrapping(model.message(), Styles.ERROR)),
                shown(Components.wrapping(model.onlineProblem(), Styles.HINT)),
                list(i18n.text("directory.results", model.query()), model.results(), true),
                moreResults.apply(model.query()),
                dataSource());
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text(titleKey);
    }

    @Override
    public Node view() {
        return view;
    }

    private Node banner() {
        StringBinding date = dateText(FormatStyle.SHORT);
        Label banner = Components.wrapping(i18n.text("directory.offlineBanner", date), Styles.BANNER);
        banner.visibleProperty().bind(model.offline());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private StringBinding dateText(FormatStyle style) {
        return Bindings.createStringBinding(() -> model.dataDate().get() == null ? ""
                : model.dataDate().get().format(DateTimeFormatter.ofLocalizedDate(style)
                        .withLocale(i18n.language().locale())), model.dataDate(), i18n.languageProperty());
    }

    private Node preparing() {
        StringBinding percent = Bindings.createStringBinding(
                () -> String.valueOf(Math.round(model.preparation().progress().get() * 100)),
                model.preparation().progress());
        Label preparing = Components.wrapping(i18n.text("directory.preparing", percent), Styles.BODY);
        preparing.visibleProperty().bind(model.preparation().ready().not().and(model.preparation().failed().not()));
        preparing.managedProperty().bind(preparing.visibleProperty());
        Label failed = Components.wrapping(i18n.text("directory.preparationFailed"), Styles.ERROR);
        failed.visibleProperty().bind(model.preparation().failed());
        failed.managedProperty().bind(failed.visibleProperty());
        return new VBox(preparing, failed);
    }

    private Node searchForm() {
        Label label = Components.wrapping(i18n.text("directory.search.label"), Styles.FIELD_LABEL);
        Label hint = Components.wrapping(i18n.text("directory.search.hint"), Styles.HINT);
        TextField field = new TextField();
        field.textProperty().bindBidirectional(model.query());
        label.setLabelFor(field);
        field.accessibleHelpProperty().bind(hint.textProperty());
        VBox form = new VBox(label, hint, field);
        form.getStyleClass().add(Styles.STACK);
        return form;
    }

    /** Type filters and "near me", behind a toggle (closed at first) so results stay near the search field. */
    private Node refine() {
        ToggleButton show = new ToggleButton();
        show.textProperty().bind(i18n.text("directory.refine"));
        show.setWrapText(true);
        show.setMaxWidth(Double.MAX_VALUE);
        show.setMinHeight(ToggleButton.USE_PREF_SIZE);
        VBox options = new VBox(new TypeFilters(i18n, model).view(), new NearMeForm(i18n, model).view());
        options.getStyleClass().add(Styles.STACK);
        options.visibleProperty().bind(show.selectedProperty());
        options.managedProperty().bind(options.visibleProperty());
        VBox refine = new VBox(show, options);
        refine.getStyleClass().add(Styles.STACK);
        return refine;
    }

    /** Results show once a search has run; favourites show while no search is on screen. */
    private Node list(ObservableStringValue title, ObservableList<OfficeRow> rows, boolean isResults) {
        Label heading = Components.heading(i18n, title);
        VBox items = new VBox();
        items.getStyleClass().add(Styles.STACK);
        VBox section = new VBox(heading, items);
        section.getStyleClass().add(Styles.STACK);
        Runnable fill = () -> items.getChildren().setAll(rows.stream().map(this::rowButton).toList());
        rows.addListener((ListChangeListener<OfficeRow>) change -> fill.run());
        fill.run();
        section.visibleProperty().bind(Bindings.isNotEmpty(rows)
                .and(isResults ? model.searched() : model.searched().not()));
        section.managedProperty().bind(section.visibleProperty());
        return section;
    }

    private Button rowButton(OfficeRow row) {
        Button button = Components.secondaryButton(i18n.text("directory.row.shown", row.name(), row.details()),
                () -> navigator.open(Destinations.OFFICE, row.officeId()));
        button.setAccessibleText(row.spoken());
        button.getStyleClass().add(Styles.OFFICE_ROW);
        return button;
    }

    private Node dataSource() {
        Label date = Components.wrapping(i18n.text("directory.dataDate", dateText(FormatStyle.LONG)), Styles.HINT);
        date.visibleProperty().bind(model.dataDate().isNotNull());
        date.managedProperty().bind(date.visibleProperty());
        StringBinding refreshed = Bindings.createStringBinding(() -> model.lastRefresh().get() == null ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.language().locale())
                        .format(model.lastRefresh().get().atZone(model.zone())),
                model.lastRefresh(), i18n.languageProperty());
        Label lastRefresh = Components.wrapping(i18n.text("directory.lastRefresh", refreshed), Styles.HINT);
        lastRefresh.visibleProperty().bind(model.lastRefresh().isNotNull());
        lastRefresh.managedProperty().bind(lastRefresh.visibleProperty());
        VBox source = new VBox(date, lastRefresh, Components.wrapping(i18n.text("directory.attribution"), Styles.HINT));
        source.getStyleClass().add(Styles.STACK);
        return source;
    }

    private static Label shown(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
