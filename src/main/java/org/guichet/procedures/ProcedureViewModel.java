package org.guichet.procedures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guichet.domain.procedure.AppealRoute;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.RequiredDocument;
import org.guichet.domain.procedure.RequiredDocuments;
import org.guichet.domain.procedure.TimeLimit;
import org.guichet.platform.Background;

/**
 * A procedure page: the fiche, the situation the user picks (kept on the device), and what applies
 * to that situation — documents to tick, costs, places, online services, delays, appeal steps and
 * warnings.
 */
public final class ProcedureViewModel {
    private static final System.Logger LOG = System.getLogger(ProcedureViewModel.class.getName());

    private record UserState(List<List<String>> choices, Set<TickedDocument> ticked) {
    }

    private record Loaded(ProcedurePage page, UserState userState) {
    }

    private final String id;
    private final ProcedureRepository repository;
    private final SituationStore situationStore;
    private final ChecklistStore checklistStore;
    private final Background background;

    private final ObjectProperty<LoadState> state = new SimpleObjectProperty<>(LoadState.LOADING);
    private final ObjectProperty<ProcedurePage> page = new SimpleObjectProperty<>();
    private final ObjectProperty<Set<List<String>>> chosen = new SimpleObjectProperty<>(Set.of());
    private final ObservableList<SituationQuestion> questions = FXCollections.observableArrayList();
    private final ObservableList<ChecklistGroup> checklist = FXCollections.observableArrayList();
    private final ObservableList<CostLine> costs = FXCollections.observableArrayList();
    private final ObservableList<Office> offices = FXCollections.observableArrayList();
    private final ObservableList<OnlineService> onlineServices = FXCollections.observableArrayList();
    private final ObservableList<TimeLimit> delays = FXCollections.observableArrayList();
    private final ObservableList<AppealStep> appealSteps = FXCollections.observableArrayList();
    private final ObservableList<Block.Callout> warnings = FXCollections.observableArrayList();
    private ProcedurePage current;
    private SituationTree tree = SituationTree.of(List.of());
    private Set<TickedDocument> ticked = new HashSet<>();

    public ProcedureViewModel(String id, ProcedureRepository repository, SituationStore situationStore,
                              ChecklistStore checklistStore, Background background) {
        this.id = id;
        this.repository = repository;
        this.situationStore = situationStore;
        this.checklistStore = checklistStore;
        this.background = background;
    }

    /**
     * Shows the page at once when it is in memory, then the user's saved situation and ticks;
     * otherwise loads both on the background thread.
     */
    public void load() {
        Optional<ProcedurePage> built = repository.builtPage(id);
        if (built.isPresent()) {
            show(built.get(), new UserState(List.of(), Set.of()));
            background.run(this::readUserState, saved -> show(built.get(), saved), this::failed);
        } else {
            background.run(() -> new Loaded(repository.page(id), readUserState()),
                    loaded -> show(loaded.page(), loaded.userState()), this::failed);
        }
    }

    public String id() {
        return id;
    }

    /** Which fiches the app holds now. */
    public ContentEdition edition() {
        return repository.edition();
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }

    public ReadOnlyObjectProperty<ProcedurePage> pageProperty() {
        return page;
    }

    /** The chosen options, as paths; replaced as a whole on every choice. */
    public ReadOnlyObjectProperty<Set<List<String>>> chosenProperty() {
        return chosen;
    }

    /** The questions to answer given the choices so far, in reading order. */
    public ObservableList<SituationQuestion> questions() {
        return questions;
    }

    public ObservableList<ChecklistGroup> checklist() {
        return checklist;
    }

    public ObservableList<CostLine> costs() {
        return costs;
    }

    public ObservableList<Office> offices() {
        return offices;
    }

    public ObservableList<OnlineService> onlineServices() {
        return onlineServices;
    }

    public ObservableList<TimeLimit> delays() {
        return delays;
    }

    public ObservableList<AppealStep> appealSteps() {
        return appealSteps;
    }

    /** The fiche's "Attention" callouts that apply to the situation. */
    public ObservableList<Block.Callout> warnings() {
        return warnings;
    }

    /** Whether the fiche lists documents for some situation, chosen or not. */
    public boolean listsDocuments() {
        return procedure().map(fiche -> !fiche.orientation().requiredDocuments().isEmpty()).orElse(false);
    }

    public Optional<String> answer(SituationQuestion question) {
        return SituationTree.answer(question, chosen.get());
    }

    public boolean applies(List<String> situation) {
        return tree.applies(situation, chosen.get());
    }

    /** Answers {@code question} with {@code option}, updates what applies and saves the choice. */
    public void choose(SituationQuestion question, String option) {
        Set<List<String>> next = SituationTree.choose(chosen.get(), question, option);
        if (next.equals(chosen.get())) {
            return;
        }
        setChosen(next);
        List<List<String>> saved = List.copyOf(next);
        save(() -> situationStore.save(id, saved));
    }

    private UserState readUserState() {
        return new UserState(situationStore.choices(id), checklistStore.ticked(id));
    }

    private void show(ProcedurePage loaded, UserState userState) {
        tree = loaded.procedure().map(fiche -> SituationTree.of(fiche.content())).orElse(SituationTree.of(List.of()));
        ticked = new HashSet<>(userState.ticked());
        current = loaded;
        setChosen(tree.restore(userState.choices()));
        page.set(loaded);
        state.set(LoadState.READY);
    }

    private void failed(Exception error) {
        state.set(LoadState.FAILED);
    }

    private void setChosen(Set<List<String>> next) {
        chosen.set(Set.copyOf(new LinkedHashSet<>(next)));
        questions.setAll(tree.askedGiven(chosen.get()));
        Optional<Procedure> fiche = procedure();
        checklist.setAll(fiche.map(this::checklistOf).orElse(List.of()));
        costs.setAll(fiche.map(f -> f.orientation().costs()).orElse(List.of()).stream()
                .filter(cost -> applies(cost.situation())).toList());
        delays.setAll(fiche.map(f -> f.orientation().delays()).orElse(List.of()).stream()
                .filter(delay -> applies(delay.situation())).toList());
        offices.setAll(fiche.map(SituatedContent::offices).orElse(List.of()).stream()
                .filter(office -> applies(office.situation())).map(Situated::item).toList());
        onlineServices.setAll(fiche.map(SituatedContent::onlineServices).orElse(List.of()).stream()
                .filter(service -> applies(service.situation())).map(Situated::item).toList());
        warnings.setAll(fiche.map(SituatedContent::warnings).orElse(List.of()).stream()
                .filter(warning -> applies(warning.situation())).map(Situated::item).toList());
        appealSteps.setAll(current == null ? List.of() : current.appealSteps().stream().map(this::forSituation)
                .filter(step -> !step.routes().isEmpty()).toList());
    }

    /** The fiche's own routes depend on the situation; a guide's routes are all worth reading. */
    private AppealStep forSituation(AppealStep step) {
        if (!step.sourceId().equals(id)) {
            return step;
        }
        List<AppealRoute> routes = step.routes().stream().filter(route -> applies(route.situation())).toList();
        return new AppealStep(step.sourceId(), step.sourceTitle(), routes);
    }

    private List<ChecklistGroup> checklistOf(Procedure fiche) {
        List<ChecklistGroup> groups = new ArrayList<>();
        for (RequiredDocuments documents : fiche.orientation().requiredDocuments()) {
            if (applies(documents.situation())) {
                List<ChecklistItem> items = documents.documents().stream()
                        .map(document -> item(documents.situation(), document))
                        .toList();
                groups.add(new ChecklistGroup(documents.situation(), items));
            }
        }
        return groups;
    }

    private ChecklistItem item(List<String> situation, RequiredDocument document) {
        TickedDocument key = new TickedDocument(situation, document.text());
        ChecklistItem item = new ChecklistItem(document, ticked.contains(key));
        item.tickedProperty().addListener((observable, was, isTicked) -> {
            if (isTicked) {
                ticked.add(key);
            } else {
                ticked.remove(key);
            }
            save(() -> checklistStore.setTicked(id, key, isTicked));
        });
        return item;
    }

    private Optional<Procedure> procedure() {
        return current == null ? Optional.empty() : current.procedure();
    }

    private void save(Runnable write) {
        background.run(() -> {
            write.run();
            return Boolean.TRUE;
        }, done -> { }, error -> LOG.log(System.Logger.Level.WARNING, "Procedure choice not saved for " + id));
    }
}
