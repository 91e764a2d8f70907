package org.guichet.procedures;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.guichet.domain.procedure.LinkTarget;
import org.guichet.domain.procedure.Procedure;
import org.guichet.i18n.I18n;
import org.guichet.navigation.Destinations;
import org.guichet.navigation.Navigator;
import org.guichet.platform.Browser;
import org.guichet.ui.Components;
import org.guichet.ui.Screen;
import org.guichet.ui.Styles;

/**
 * A procedure page. For a fiche the app ships: its summary, the situation to pick, the documents
 * to tick, costs, where to go, online services, delays, appeal routes, the right to make a
 * mistake and the full official text. For any other: its title, theme and the official link.
 * The content is the official French text; the page says so, with its date and the official link.
 */
public final class ProcedureScreen implements Screen {

    private final I18n i18n;
    private final Navigator navigator;
    private final Browser browser;
    private final ProcedureViewModel model;
    private final OfficialContent ownContent;
    private final OfficialContent guideContent;
    private final VBox body = new VBox();
    private final List<Disclosure> situationDependent = new ArrayList<>();
    private final Node view;
    private final Function<String, Node> feedbackSection;

    /** {@code feedbackSection} gives the "Votre avis" section for the procedure's title. */
    public ProcedureScreen(I18n i18n, Navigator navigator, Browser browser, ProcedureViewModel model,
                           Function<String, Node> feedbackSection) {
        this.i18n = i18n;
        this.feedbackSection = feedbackSection;
        this.navigator = navigator;
        this.browser = browser;
        this.model = model;
        this.ownContent = OfficialContent.forSituation(i18n, this::open, path -> model.chosenProperty().get().contains(path));
        this.guideContent = OfficialContent.everyCase(i18n, this::open);
        body.getStyleClass().add(ProcedureStyles.SECTIONS);
        Label heading = Components.wrapping(Bindings.createStringBinding(
                () -> model.pageProperty().get() == null ? model.id() : DisplayText.of(model.pageProperty().get().title()),
                model.pageProperty()), ProcedureStyles.PAGE_TITLE);
        Components.markHeading(i18n, heading);
        Label loading = Components.paragraph(i18n.text("procedure.loading"));
        Visibility.showWhen(loading, model.stateProperty().isEqualTo(LoadState.LOADING));
        Label failed = Components.wrapping(i18n.text("procedure.failed"), Styles.ERROR);
        Button officialAfterFailure = officialPageButton(ProcedurePage.officialUrl(model.id()));
        VBox failure = new VBox(failed, officialAfterFailure);
        failure.getStyleClass().add(Styles.STACK);
        Visibility.showWhen(failure, model.stateProperty().isEqualTo(LoadState.FAILED));
        this.view = Components.page(heading, loading, failure, body);
        model.pageProperty().addListener((observable, before, page) -> show(page));
        model.chosenProperty().addListener(observable -> situationDependent.forEach(Disclosure::refresh));
        model.load();
    }

    @Override
    public ObservableStringValue title() {
        return i18n.text("procedure.title");
    }

    @Override
    public Node view() {
        return view;
    }

    private void show(ProcedurePage page) {
        situationDependent.clear();
        List<Node> sections = new ArrayList<>();
        sections.add(notice(page));
        page.procedure().ifPresentOrElse(fiche -> sections.addAll(sections(page, fiche)),
                () -> sections.add(notShipped(page)));
        Node feedback = feedbackSection.apply(DisplayText.of(page.title()));
        feedback.getStyleClass().add(ProcedureStyles.SECTION);
        sections.add(feedback);
        body.getChildren().setAll(sections);
    }

    private Node notice(ProcedurePage page) {
        VBox notice = new VBox(
                Components.paragraph(i18n.text("procedure.notice.official")),
                Components.wrapping(ContentDate.notice(i18n, model.edition()), Styles.FIELD_LABEL));
        page.procedure().ifPresent(fiche -> notice.getChildren().add(
                Components.paragraph(i18n.text("procedure.notice.updated", updated(fiche)))));
        notice.getChildren().add(officialPageButton(page.officialUrl()));
        notice.getStyleClass().addAll(Styles.CARD, ProcedureStyles.NOTICE);
        return notice;
    }

    private Button officialPageButton(String url) {
        Button official = Components.secondaryButton(i18n.text("procedure.notice.openOfficial"), () -> browser.open(url));
        official.accessibleHelpProperty().bind(i18n.text("a11y.opensBrowser"));
        return official;
    }

    private StringBinding updated(Procedure fiche) {
        return Bindings.createStringBinding(() -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(i18n.language().locale()).format(fiche.summary().lastModified()), i18n.languageProperty());
    }

    private List<Node> sections(ProcedurePage page, Procedure fiche) {
        List<Node> sections = new ArrayList<>();
        if (!fiche.summary().description().isBlank()) {
            sections.add(PageSection.official(fiche.summary().description()));
        }
        if (!model.questions().isEmpty()) {
            sections.add(SituationSection.of(i18n, model));
        }
        sections.add(ChecklistSection.of(i18n, model, ownContent));
        PracticalSections practical = new PracticalSections(i18n, navigator, browser, ownContent);
        if (!fiche.orientation().costs().isEmpty()) {
            sections.add(practical.costs(model.costs()));
        }
        if (!fiche.orientation().offices().isEmpty()) {
            sections.add(practical.offices(model.offices()));
        }
        if (!fiche.orientation().onlineServices().isEmpty()) {
            sections.add(practical.onlineServices(model.onlineServices()));
        }
        if (!fiche.orientation().delays().isEmpty()) {
            sections.add(practical.delays(model.delays()));
        }
        AppealSection appeals = new AppealSection(i18n, model, ownContent, guideContent);
        MistakeSection mistakes = new MistakeSection(i18n, model, ownContent, guideContent, this::openFiche);
        sections.add(disclosure("procedure.appeals.heading", appeals::build));
        sections.add(disclosure("procedure.mistake.heading", () -> mistakes.build(page)));
        sections.add(disclosure("procedure.fullText.heading", () -> fullText(fiche)));
        return sections;
    }

    private Node disclosure(String titleKey, Supplier<Node> content) {
        Disclosure disclosure = new Disclosure(i18n.text(titleKey), content);
        disclosure.getStyleClass().add(ProcedureStyles.DISCLOSURE_SECTION);
        situationDependent.add(disclosure);
        return disclosure;
    }

    private Node fullText(Procedure fiche) {
        VBox text = new VBox(Components.paragraph(i18n.text("procedure.fullText.intro")));
        text.getStyleClass().add(Styles.STACK);
        text.getChildren().add(ownContent.render(fiche.introduction()));
        text.getChildren().add(ownContent.render(fiche.content()));
        return text;
    }

    private Node notShipped(ProcedurePage page) {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.CARD);
        page.entry().ifPresentOrElse(entry -> {
            box.getChildren().add(Components.wrapping(new SimpleStringProperty(DisplayText.of(EntryButtons.place(entry))), Styles.FIELD_LABEL));
            box.getChildren().add(Components.paragraph(i18n.text("procedure.notShipped")));
        }, () -> box.getChildren().add(Components.paragraph(i18n.text("procedure.unknown"))));
        return box;
    }

    private void open(LinkTarget target) {
        if (target instanceof LinkTarget.Publication publication) {
            openFiche(publication.id());
        } else if (target instanceof LinkTarget.External external && external.url().matches("(?i)https?://.+")) {
            browser.open(external.url());
        }
    }

    private void openFiche(String id) {
        navigator.open(Destinations.PROCEDURE, id);
    }
}
