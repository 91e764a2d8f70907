package org.guichet.sandbox;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.guichet.domain.feedback.AnswerProblem;
import org.guichet.domain.feedback.AnswerRules;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.feedback.DocumentReport;
import org.guichet.feedback.FeedbackRequest;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.OfficialAnswers;
import org.guichet.feedback.OfficialAnswersMapper;

/** What the sandbox checks in opinions and reports; problems name fields and rules, never values. */
final class FeedbackRules {
    static final int REPORT_TEXT_MAX_LENGTH = 5_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private FeedbackRules() {
    }

    /** The answers, once every rule of the official form holds. */
    static FeedbackAnswers check(FeedbackRequest request) {
        checkSubject(request.subject());
        require(request.answeredAt() != null, "answeredAt is required");
        checkLanguage(request.language());
        OfficialAnswers wire = request.answers();
        require(wire != null, "answers are required");
        FeedbackAnswers answers;
        try {
            answers = OfficialAnswersMapper.toDomain(wire);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, e.getMessage());
        }
        List<AnswerProblem> problems = AnswerRules.check(answers);
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "answers break the form's rules: "
                    + problems.stream().map(problem -> problem.field().code() + " " + problem.code().code())
                    .collect(Collectors.joining(", ")));
        }
        return answers;
    }

    static void check(DocumentReport report) {
        checkSubject(report.subject());
        require(report.reportedAt() != null, "reportedAt is required");
        checkLanguage(report.language());
        require(report.unclear() != null && !report.unclear().isBlank()
                && report.unclear().length() <= REPORT_TEXT_MAX_LENGTH, "unclear needs 1 to 5000 characters");
        require(report.suggestion() == null || report.suggestion().length() <= REPORT_TEXT_MAX_LENGTH,
                "suggestion has at most 5000 characters");
    }

    static void checkSubject(FeedbackSubject subject) {
        require(subject != null && subject.isWellFormed(),
                "subject needs a kind (procedure, office, booking) and an id of 1 to 100 characters");
    }

    private static void checkLanguage(String language) {
        require(language != null && LANGUAGE.matcher(language).matches(), "language must be a language code (fr, en)");
    }

    private static void require(boolean condition, String detail) {
        if (!condition) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, detail);
        }
    }
}
