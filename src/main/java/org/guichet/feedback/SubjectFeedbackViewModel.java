package org.guichet.feedback;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.guichet.i18n.Language;
import org.guichet.platform.Background;

/**
 * The feedback part of a procedure or office page: one invitation to give an opinion until one is
 * given, then a thank-you; the gateway's score and "you said, we did" entries when it has some.
 */
public final class SubjectFeedbackViewModel {

    private final FeedbackSubject subject;
    private final FeedbackServices services;
    private final Background background;
    private final Supplier<Language> language;
    private final BooleanBinding answered;
    private final ObjectProperty<SatisfactionSummary> summary = new SimpleObjectProperty<>();

    public SubjectFeedbackViewModel(FeedbackSubject subject, FeedbackServices services, Background background,
                                    Supplier<Language> language) {
        this.subject = subject;
        this.services = services;
        this.background = background;
        this.language = language;
        this.answered = Bindings.createBooleanBinding(() -> services.items().stream()
                .anyMatch(item -> item.kind() == OutboxKind.FEEDBACK && item.subject().equals(subject)), services.items());
    }

    /** Reads which opinions are kept, and asks the gateway for the score; offline, the score stays hidden. */
    public void load() {
        background.run(() -> {
            services.refreshItems();
            return Boolean.TRUE;
        }, done -> { }, error -> { });
        Language in = language.get();
        background.runNetwork(() -> services.satisfaction(subject, in), summary::set, error -> summary.set(null));
    }

    /** True once an opinion about this subject is kept on the device: the invitation is not shown again. */
    public BooleanBinding answeredProperty() {
        return answered;
    }

    /** The gateway's summary; null until it answered, or when it could not be reached. */
    public ReadOnlyObjectProperty<SatisfactionSummary> summaryProperty() {
        return summary;
    }

    public BooleanBinding hasScore() {
        return Bindings.createBooleanBinding(() -> summary.get() != null && summary.get().score() != null
                && summary.get().answerCount() > 0, summary);
    }

    public BooleanBinding hasImprovements() {
        return Bindings.createBooleanBinding(() -> !improvements().isEmpty(), summary);
    }

    public List<Improvement> improvements() {
        return summary.get() == null ? List.of() : summary.get().improvements();
    }

    public boolean isDemo() {
        return services.isDemo();
    }
}
