package org.guichet.domain.feedback;

import java.util.Objects;
import java.util.Optional;

/** One thing wrong with an answer: what, in which field, and for which channel when asked per channel. */
public record AnswerProblem(ProblemCode code, FieldCode field, Optional<HelpChannel> channel) {

    public AnswerProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(channel, "channel");
    }

    public static AnswerProblem of(ProblemCode code, FieldCode field) {
        return new AnswerProblem(code, field, Optional.empty());
    }

    public static AnswerProblem of(ProblemCode code, FieldCode field, HelpChannel channel) {
        return new AnswerProblem(code, field, Optional.of(channel));
    }
}
