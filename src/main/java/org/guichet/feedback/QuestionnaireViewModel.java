package org.guichet.feedback;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.guichet.domain.feedback.AnswerProblem;
import org.guichet.domain.feedback.AnswerRules;
import org.guichet.domain.feedback.ContactReached;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.FieldCode;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.HelpQuality;
import org.guichet.domain.feedback.Questionnaire;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.domain.feedback.StepCode;
import org.guichet.domain.feedback.personaldata.PersonalDataKind;
import org.guichet.i18n.Language;
import org.guichet.platform.Background;

/**
 * One person answering the JDMA questionnaire about one subject: the answers step by step, the
 * official rules, the personal-data check of the comment, then the outbox. Every step after the
 * first is optional, and the answers can be sent after any step. Use it on the JavaFX thread.
 */
public final class QuestionnaireViewModel {

    private final Questionnaire questionnaire;
    private final FeedbackSubject subject;
    private final FeedbackServices services;
    private final Background background;
    private final Supplier<Language> language;
    private final PersonalDataReview review = new PersonalDataReview();

    private final ObjectProperty<FeedbackAnswers> answers = new SimpleObjectProperty<>(FeedbackAnswers.none());
    private final ObjectProperty<StepCode> step = new SimpleObjectProperty<>(StepCode.EXPERIENCE);
    private final ObjectProperty<SendPhase> phase = new SimpleObjectProperty<>(SendPhase.ANSWERING);
    private final ObservableList<AnswerProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<PersonalDataKind> personalDataFound = FXCollections.observableArrayList();
    private final StringProperty comment = new SimpleStringProperty("");
    private final ObjectProperty<Long> savedId = new SimpleObjectProperty<>();
    private final ObjectBinding<Optional<OutboxItem>> saved;
    private final BooleanProperty saveFailed = new SimpleBooleanProperty();

    public QuestionnaireViewModel(Questionnaire questionnaire, FeedbackSubject subject, FeedbackServices services,
                                  Background background, Supplier<Language> language) {
        this.questionnaire = questionnaire;
        this.subject = subject;
        this.services = services;
        this.background = background;
        this.language = language;
        comment.addListener((observable, before, text) -> answers.set(answers.get().withVerbatim(text)));
        answers.addListener((observable, before, now) -> problems.removeIf(problem -> !AnswerRules.check(now).contains(problem)));
        this.saved = Bindings.createObjectBinding(() -> services.items().stream()
                .filter(item -> savedId.get() != null && item.id() == savedId.get()).findFirst(), services.items(), savedId);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public ReadOnlyObjectProperty<FeedbackAnswers> answersProperty() {
        return answers;
    }

    public ReadOnlyObjectProperty<StepCode> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<SendPhase> phaseProperty() {
        return phase;
    }

    /** The rules broken when the citizen last tried to move on or send, until they are put right. */
    public ObservableList<AnswerProblem> problems() {
        return problems;
    }

    /** The kinds of personal data found in the comment when the citizen tried to send it. */
    public ObservableList<PersonalDataKind> personalDataFound() {
        return personalDataFound;
    }

    /** The comment being typed (step 4). */
    public StringProperty commentProperty() {
        return comment;
    }

    /** The stored answer, as the outbox reports it while it is sent; empty before saving or once deleted. */
    public ObjectBinding<Optional<OutboxItem>> savedProperty() {
        return saved;
    }

    /** True when writing the answer to the device failed: the citizen may try again. */
    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed;
    }

    public boolean isDemo() {
        return services.isDemo();
    }

    public int stepNumber() {
        return step.get().position() + 1;
    }

    public static int stepCount() {
        return StepCode.values().length;
    }

    public boolean isLastStep() {
        return step.get().position() == StepCode.values().length - 1;
    }

    public void chooseSatisfaction(Satisfaction value) {
        answers.set(answers.get().withSatisfaction(value));
    }

    public void chooseComprehension(int mark) {
        answers.set(answers.get().withComprehension(mark));
    }

    /** Ticking "Je n'ai pas eu besoin d'aide" unticks every channel; ticking a channel unticks it. */
    public void setChannelTried(HelpChannel channel, boolean tried) {
        Set<HelpChannel> channels = EnumSet.noneOf(HelpChannel.class);
        channels.addAll(answers.get().contactTried());
        if (tried && channel.isExclusive()) {
            channels.clear();
        } else if (tried) {
            channels.removeIf(HelpChannel::isExclusive);
        }
        if (tried) {
            channels.add(channel);
        } else {
            channels.remove(channel);
        }
        answers.set(answers.get().withContactTried(channels.toArray(HelpChannel[]::new)));
    }

    public void chooseReached(HelpChannel channel, ContactReached reached) {
        answers.set(answers.get().withContactReached(channel, reached));
    }

    public void chooseQuality(HelpChannel channel, HelpQuality quality) {
        answers.set(answers.get().withContactSatisfaction(channel, quality));
    }

    /** Tries the items waiting for the network now. */
    public void retryNow() {
        background.run(() -> {
            services.retryNow();
            return Boolean.TRUE;
        }, done -> { }, error -> { });
    }

    /** Goes to the next step when the answers so far follow the rules; otherwise lists what is wrong. */
    public void next() {
        if (holdsProblems(false) || isLastStep()) {
            return;
        }
        step.set(StepCode.values()[step.get().position() + 1]);
    }

    public void previous() {
        if (step.get().position() > 0) {
            step.set(StepCode.values()[step.get().position() - 1]);
        }
    }

    /**
     * Sends what is answered so far: checks the rules (going back to the first step with a
     * problem), then the comment for personal data, then writes the answers to the outbox.
     */
    public void send() {
        if (phase.get() == SendPhase.SAVING || phase.get() == SendPhase.SAVED || holdsProblems(true)) {
            return;
        }
        List<PersonalDataKind> found = review.kindsIn(comment.get());
        if (!found.isEmpty()) {
            personalDataFound.setAll(found);
            phase.set(SendPhase.PERSONAL_DATA_FOUND);
            return;
        }
        save();
    }

    /** Replaces what the guard found with {@code placeholder}'s words for its kind, then sends. */
    public void maskPersonalDataAndSend(Function<PersonalDataKind, String> placeholder) {
        if (phase.get() != SendPhase.PERSONAL_DATA_FOUND) {
            return;
        }
        comment.set(review.masked(comment.get(), placeholder));
        personalDataFound.clear();
        phase.set(SendPhase.ANSWERING);
        send();
    }

    /** Back to the comment, as it was, for the citizen to change it. */
    public void editComment() {
        personalDataFound.clear();
        phase.set(SendPhase.ANSWERING);
        step.set(StepCode.COMMENT);
    }

    /** Lists the problems of every step, or only of the steps seen so far; goes to the first one's step. */
    private boolean holdsProblems(boolean everyStep) {
        List<AnswerProblem> found = new ArrayList<>(AnswerRules.check(answers.get()));
        found.removeIf(problem -> !everyStep && stepOf(problem.field()).position() > step.get().position());
        problems.setAll(found);
        if (found.isEmpty()) {
            return false;
        }
        step.set(stepOf(found.get(0).field()));
        return true;
    }

    private static StepCode stepOf(FieldCode field) {
        return switch (field) {
            case SATISFACTION -> StepCode.EXPERIENCE;
            case COMPREHENSION -> StepCode.CLARITY;
            case CONTACT_TRIED, CONTACT_REACHED, CONTACT_SATISFACTION -> StepCode.HELP;
            case VERBATIM, CONTACT_EMAIL -> StepCode.COMMENT;
        };
    }

    private void save() {
        phase.set(SendPhase.SAVING);
        saveFailed.set(false);
        FeedbackAnswers toSend = answers.get();
        Language in = language.get();
        background.run(() -> services.outbox().submit(subject, toSend, in, PersonalDataCheck.REFUSE_UNMASKED),
                item -> {
                    savedId.set(item.id());
                    phase.set(SendPhase.SAVED);
                }, error -> {
                    saveFailed.set(true);
                    phase.set(SendPhase.ANSWERING);
                });
    }
}
