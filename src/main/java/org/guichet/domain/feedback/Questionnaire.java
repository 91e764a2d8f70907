package org.guichet.domain.feedback;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.stream.Stream;

/** The JDMA questionnaire "Évaluation de la satisfaction usager", one step per {@link StepCode}, in order. */
public record Questionnaire(String slug, Wording title, List<Step> steps) {

    public Questionnaire {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        steps = List.copyOf(steps);
    }

    public Step step(StepCode code) {
        return steps.stream().filter(step -> step.code() == code).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No step " + code));
    }

    public Question question(FieldCode field) {
        return steps.stream().flatMap(step -> step.questions().stream())
                .filter(question -> question.field() == field).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No question " + field));
    }

    /** Every text of the questionnaire with its translation key, in reading order. */
    public List<Wording> wordings() {
        return Stream.concat(Stream.of(title), steps.stream().flatMap(step -> step.wordings().stream())).toList();
    }
}
