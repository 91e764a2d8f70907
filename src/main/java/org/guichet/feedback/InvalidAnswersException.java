package org.guichet.feedback;

import java.util.List;
import org.guichet.domain.feedback.AnswerProblem;

/** Answers that break the official form's rules are never stored: the UI checks {@code AnswerRules} first. */
public final class InvalidAnswersException extends IllegalArgumentException {
    private final List<AnswerProblem> problems;

    InvalidAnswersException(List<AnswerProblem> problems) {
        super("Answers break the form's rules: " + problems.stream()
                .map(problem -> problem.field().code() + " " + problem.code().code()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<AnswerProblem> problems() {
        return problems;
    }
}
