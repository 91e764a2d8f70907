package org.guichet.domain.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules of the official root form, checked before an answer is stored or sent. */
public final class AnswerRules {

    public static final int COMPREHENSION_LOWEST = 1;
    public static final int COMPREHENSION_HIGHEST = 5;

    /**
     * The official form's text area limit (webapp-form TextAreaBlock, {@code maxLength: 15000}),
     * counted like the browser does, in UTF-16 units.
     */
    public static final int VERBATIM_MAX_LENGTH = 15_000;

    private AnswerRules() {
    }

    /** Every problem of {@code answers}, in the order of the form; empty when they can be sent. */
    public static List<AnswerProblem> check(FeedbackAnswers answers) {
        List<AnswerProblem> problems = new ArrayList<>();
        if (answers.satisfaction().isEmpty()) {
            problems.add(AnswerProblem.of(ProblemCode.REQUIRED, FieldCode.SATISFACTION));
        }
        answers.comprehension().ifPresent(mark -> {
            if (mark < COMPREHENSION_LOWEST || mark > COMPREHENSION_HIGHEST) {
                problems.add(AnswerProblem.of(ProblemCode.OUT_OF_SCALE, FieldCode.COMPREHENSION));
            }
        });
        Set<HelpChannel> tried = answers.contactTried();
        if (tried.contains(HelpChannel.NO_HELP_NEEDED) && tried.size() > 1) {
            problems.add(AnswerProblem.of(ProblemCode.EXCLUSIVE_CHOICE_COMBINED, FieldCode.CONTACT_TRIED,
                    HelpChannel.NO_HELP_NEEDED));
        }
        checkPerChannel(FieldCode.CONTACT_REACHED, answers.contactReached(), tried, problems);
        checkPerChannel(FieldCode.CONTACT_SATISFACTION, answers.contactSatisfaction(), tried, problems);
        answers.contactSatisfaction().keySet().stream()
                .filter(HelpChannel::isAdministration)
                .filter(tried::contains)
                .filter(channel -> answers.contactReached().get(channel) != ContactReached.YES)
                .sorted()
                .forEach(channel -> problems.add(AnswerProblem.of(ProblemCode.ADMINISTRATION_NOT_REACHED,
                        FieldCode.CONTACT_SATISFACTION, channel)));
        if (answers.verbatim().length() > VERBATIM_MAX_LENGTH) {
            problems.add(AnswerProblem.of(ProblemCode.TOO_LONG, FieldCode.VERBATIM));
        }
        return problems;
    }

    private static void checkPerChannel(FieldCode field, Map<HelpChannel, ?> perChannel, Set<HelpChannel> tried,
                                        List<AnswerProblem> problems) {
        perChannel.keySet().stream().sorted().forEach(channel -> {
            if (!channel.isAdministration()) {
                problems.add(AnswerProblem.of(ProblemCode.NOT_AN_ADMINISTRATION_CHANNEL, field, channel));
            } else if (!tried.contains(channel)) {
                problems.add(AnswerProblem.of(ProblemCode.CHANNEL_NOT_TRIED, field, channel));
            }
        });
    }
}
