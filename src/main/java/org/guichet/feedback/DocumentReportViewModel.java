package org.guichet.feedback;

import java.util.Optional;
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
import org.guichet.domain.feedback.personaldata.PersonalDataKind;
import org.guichet.i18n.Language;
import org.guichet.platform.Background;

/**
 * "Signaler un document difficile à comprendre": what is unclear (required) and a suggestion,
 * checked for personal data like the questionnaire's comment, then written to the outbox.
 */
public final class DocumentReportViewModel {

    private final FeedbackSubject subject;
    private final FeedbackServices services;
    private final Background background;
    private final Supplier<Language> language;
    private final PersonalDataReview review = new PersonalDataReview();
    private final StringProperty unclear = new SimpleStringProperty("");
    private final StringProperty suggestion = new SimpleStringProperty("");
    private final BooleanProperty unclearMissing = new SimpleBooleanProperty();
    private final BooleanProperty saveFailed = new SimpleBooleanProperty();
    private final ObjectProperty<SendPhase> phase = new SimpleObjectProperty<>(SendPhase.ANSWERING);
    private final ObservableList<PersonalDataKind> personalDataFound = FXCollections.observableArrayList();
    private final ObjectProperty<Long> savedId = new SimpleObjectProperty<>();
    private final ObjectBinding<Optional<OutboxItem>> saved;

    public DocumentReportViewModel(FeedbackSubject subject, FeedbackServices services, Background background,
                                   Supplier<Language> language) {
        this.subject = subject;
        this.services = services;
        this.background = background;
        this.language = language;
        unclear.addListener((observable, before, text) -> {
            if (!text.isBlank()) {
                unclearMissing.set(false);
            }
        });
        this.saved = Bindings.createObjectBinding(() -> services.items().stream()
                .filter(item -> savedId.get() != null && item.id() == savedId.get()).findFirst(), services.items(), savedId);
    }

    public StringProperty unclearProperty() {
        return unclear;
    }

    public StringProperty suggestionProperty() {
        return suggestion;
    }

    /** True after a try to send without saying what is unclear, until it is said. */
    public ReadOnlyBooleanProperty unclearMissingProperty() {
        return unclearMissing;
    }

    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed;
    }

    public ReadOnlyObjectProperty<SendPhase> phaseProperty() {
        return phase;
    }

    public ObservableList<PersonalDataKind> personalDataFound() {
        return personalDataFound;
    }

    public ObjectBinding<Optional<OutboxItem>> savedProperty() {
        return saved;
    }

    public void send() {
        if (phase.get() != SendPhase.ANSWERING) {
            return;
        }
        if (unclear.get().isBlank()) {
            unclearMissing.set(true);
            return;
        }
        personalDataFound.setAll(review.kindsIn(unclear.get(), suggestion.get()));
        if (!personalDataFound.isEmpty()) {
            phase.set(SendPhase.PERSONAL_DATA_FOUND);
            return;
        }
        save();
    }

    public void maskPersonalDataAndSend(Function<PersonalDataKind, String> placeholder) {
        if (phase.get() != SendPhase.PERSONAL_DATA_FOUND) {
            return;
        }
        unclear.set(review.masked(unclear.get(), placeholder));
        suggestion.set(review.masked(suggestion.get(), placeholder));
        personalDataFound.clear();
        phase.set(SendPhase.ANSWERING);
        send();
    }

    public void editText() {
        personalDataFound.clear();
        phase.set(SendPhase.ANSWERING);
    }

    public void retryNow() {
        background.run(() -> {
            services.retryNow();
            return Boolean.TRUE;
        }, done -> { }, error -> { });
    }

    private void save() {
        phase.set(SendPhase.SAVING);
        saveFailed.set(false);
        String unclearText = unclear.get();
        String suggestionText = suggestion.get();
        Language in = language.get();
        background.run(() -> services.outbox().submitReport(subject, unclearText, suggestionText, in,
                        PersonalDataCheck.REFUSE_UNMASKED),
                item -> {
                    savedId.set(item.id());
                    phase.set(SendPhase.SAVED);
                }, error -> {
                    saveFailed.set(true);
                    phase.set(SendPhase.ANSWERING);
                });
    }
}
