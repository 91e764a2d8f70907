package org.guichet.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.domain.feedback.HelpChannel.CHAT;
import static org.guichet.domain.feedback.HelpChannel.COUNTER;
import static org.guichet.domain.feedback.HelpChannel.EMAIL;
import static org.guichet.domain.feedback.HelpChannel.NO_HELP_NEEDED;
import static org.guichet.domain.feedback.HelpChannel.PHONE;
import static org.guichet.domain.feedback.HelpChannel.RELATIVE;
import static org.guichet.domain.feedback.HelpChannel.WEBSITES;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerRulesTest {

    private final FeedbackAnswers rated = FeedbackAnswers.none().withSatisfaction(Satisfaction.MEDIUM);

    @Test
    void stepOneAloneCanBeSent() {
        assertThat(AnswerRules.check(rated)).isEmpty();
    }

    @Test
    void stepOneIsRequiredEvenWhenLaterStepsAreAnswered() {
        FeedbackAnswers answers = FeedbackAnswers.none().withComprehension(4).withVerbatim("Très clair.");

        assertThat(AnswerRules.check(answers))
                .containsExactly(AnswerProblem.of(ProblemCode.REQUIRED, FieldCode.SATISFACTION));
    }

    @Test
    void aCompleteConsistentAnswerHasNoProblem() {
        FeedbackAnswers answers = rated
                .withComprehension(2)
                .withContactTried(COUNTER, PHONE, WEBSITES)
                .withContactReached(COUNTER, ContactReached.YES)
                .withContactReached(PHONE, ContactReached.NO)
                .withContactSatisfaction(COUNTER, HelpQuality.NEITHER)
                .withVerbatim("Le guichet m'a bien aidé, le téléphone ne répond jamais.");

        assertThat(AnswerRules.check(answers)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5})
    void comprehensionAcceptsBothEndsOfTheScale(int mark) {
        assertThat(AnswerRules.check(rated.withComprehension(mark))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 10})
    void comprehensionOutsideOneToFiveIsRejected(int mark) {
        assertThat(AnswerRules.check(rated.withComprehension(mark)))
                .containsExactly(AnswerProblem.of(ProblemCode.OUT_OF_SCALE, FieldCode.COMPREHENSION));
    }

    @Test
    void noHelpNeededAloneIsFine() {
        assertThat(AnswerRules.check(rated.withContactTried(NO_HELP_NEEDED))).isEmpty();
    }

    @Test
    void noHelpNeededCannotBeCombinedWithAChannel() {
        assertThat(AnswerRules.check(rated.withContactTried(NO_HELP_NEEDED, RELATIVE)))
                .containsExactly(AnswerProblem.of(ProblemCode.EXCLUSIVE_CHOICE_COMBINED, FieldCode.CONTACT_TRIED,
                        NO_HELP_NEEDED));
    }

    @Test
    void reachedIsOnlyAskedForAdministrationChannelsTicked() {
        FeedbackAnswers answers = rated
                .withContactTried(PHONE, RELATIVE)
                .withContactReached(PHONE, ContactReached.YES)
                .withContactReached(EMAIL, ContactReached.NO)
                .withContactReached(RELATIVE, ContactReached.YES);

        assertThat(AnswerRules.check(answers)).containsExactly(
                AnswerProblem.of(ProblemCode.CHANNEL_NOT_TRIED, FieldCode.CONTACT_REACHED, EMAIL),
                AnswerProblem.of(ProblemCode.NOT_AN_ADMINISTRATION_CHANNEL, FieldCode.CONTACT_REACHED, RELATIVE));
    }

    @Test
    void qualityOfHelpNeedsTheAdministrationReachedOnThatChannel() {
        FeedbackAnswers answers = rated
                .withContactTried(COUNTER, PHONE, CHAT)
                .withContactReached(COUNTER, ContactReached.YES)
                .withContactReached(PHONE, ContactReached.NO)
                .withContactSatisfaction(COUNTER, HelpQuality.EXCELLENT)
                .withContactSatisfaction(PHONE, HelpQuality.VERY_BAD)
                .withContactSatisfaction(CHAT, HelpQuality.BAD);

        assertThat(AnswerRules.check(answers)).containsExactly(
                AnswerProblem.of(ProblemCode.ADMINISTRATION_NOT_REACHED, FieldCode.CONTACT_SATISFACTION, PHONE),
                AnswerProblem.of(ProblemCode.ADMINISTRATION_NOT_REACHED, FieldCode.CONTACT_SATISFACTION, CHAT));
    }

    @Test
    void qualityOfHelpForAChannelNotTickedIsRejected() {
        FeedbackAnswers answers = rated
                .withContactSatisfaction(EMAIL, HelpQuality.GOOD)
                .withContactSatisfaction(WEBSITES, HelpQuality.GOOD);

        assertThat(AnswerRules.check(answers)).containsExactly(
                AnswerProblem.of(ProblemCode.CHANNEL_NOT_TRIED, FieldCode.CONTACT_SATISFACTION, EMAIL),
                AnswerProblem.of(ProblemCode.NOT_AN_ADMINISTRATION_CHANNEL, FieldCode.CONTACT_SATISFACTION, WEBSITES));
    }

    @Test
    void commentMayReachTheOfficialLimitButNotPassIt() {
        String longest = "a".repeat(AnswerRules.VERBATIM_MAX_LENGTH);

        assertThat(AnswerRules.check(rated.withVerbatim(longest))).isEmpty();
        assertThat(AnswerRules.check(rated.withVerbatim(longest + "!")))
                .containsExactly(AnswerProblem.of(ProblemCode.TOO_LONG, FieldCode.VERBATIM));
    }

    @Test
    void problemsCarryTranslationKeysNotText() {
        assertThat(ProblemCode.REQUIRED.key()).isEqualTo("feedback.problem.required");
        assertThat(ProblemCode.EXCLUSIVE_CHOICE_COMBINED.key()).isEqualTo("feedback.problem.exclusive_choice_combined");
    }

    @Test
    void untickingAChannelForgetsItsReachedAndQualityAnswers() {
        FeedbackAnswers answers = rated
                .withContactTried(COUNTER, PHONE)
                .withContactReached(COUNTER, ContactReached.YES)
                .withContactReached(PHONE, ContactReached.YES)
                .withContactSatisfaction(PHONE, HelpQuality.GOOD)
                .withContactTried(COUNTER);

        assertThat(answers.contactReached()).containsOnlyKeys(COUNTER);
        assertThat(answers.contactSatisfaction()).isEmpty();
        assertThat(AnswerRules.check(answers)).isEmpty();
    }

    @Test
    void answeringNotReachedForgetsTheQualityOfThatChannel() {
        FeedbackAnswers answers = rated
                .withContactTried(EMAIL, CHAT)
                .withContactReached(EMAIL, ContactReached.YES)
                .withContactReached(CHAT, ContactReached.YES)
                .withContactSatisfaction(EMAIL, HelpQuality.BAD)
                .withContactSatisfaction(CHAT, HelpQuality.GOOD)
                .withContactReached(EMAIL, ContactReached.NO);

        assertThat(answers.contactSatisfaction()).containsOnlyKeys(CHAT);
        assertThat(AnswerRules.check(answers)).isEmpty();
    }

    @Test
    void answersAreImmutableValues() {
        FeedbackAnswers tried = rated.withContactTried(PHONE);
        FeedbackAnswers reached = tried.withContactReached(PHONE, ContactReached.YES);

        assertThat(tried.contactReached()).isEmpty();
        assertThat(reached.contactReached()).containsEntry(PHONE, ContactReached.YES);
        assertThat(reached.satisfaction()).contains(Satisfaction.MEDIUM);
        assertThat(reached.contactTried()).containsExactly(PHONE);
    }
}
