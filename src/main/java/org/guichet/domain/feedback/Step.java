package org.guichet.domain.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of the questionnaire; the official form saves the answers after each step.
 * {@code hideable} steps may be switched off by the service that runs the form.
 */
public record Step(StepCode code, Wording title, boolean hideable, Optional<Wording> introduction, List<Question> questions) {

    public Step {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(introduction, "introduction");
        questions = List.copyOf(questions);
    }

    public List<Wording> wordings() {
        List<Wording> wordings = new ArrayList<>();
        wordings.add(title);
        introduction.ifPresent(wordings::add);
        questions.forEach(question -> wordings.addAll(question.wordings()));
        return wordings;
    }
}
