package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.guichet.domain.feedback.AnswerProblem;
import org.guichet.domain.feedback.ContactReached;
import org.guichet.domain.feedback.FieldCode;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.HelpQuality;
import org.guichet.domain.feedback.ProblemCode;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.domain.feedback.StepCode;
import org.guichet.domain.feedback.personaldata.PersonalDataKind;
import org.guichet.i18n.Language;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionnaireViewModelTest {
    private static final FeedbackSubject PASSPORT = FeedbackSubject.procedure("F14929");

    @TempDir
    Path home;

    private FeedbackFixture fixture;
    private QuestionnaireViewModel model;

    @BeforeAll
    static void startToolkit() {
        Fx.startToolkit();
    }

    @BeforeEach
    void open() {
        fixture = FeedbackFixture.offline(home);
        model = Fx.call(() -> new QuestionnaireViewModel(BundledQuestionnaire.load(), PASSPORT, fixture.services,
                fixture.background, () -> Language.FRENCH));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theFirstStepIsRequiredAndTheOthersCanBeSkipped() {
        Fx.run(model::next);
        assertThat(model.stepProperty().get()).isEqualTo(StepCode.EXPERIENCE);
        assertThat(model.problems()).containsExactly(AnswerProblem.of(ProblemCode.REQUIRED, FieldCode.SATISFACTION));

        Fx.run(() -> model.chooseSatisfaction(Satisfaction.GOOD));
        assertThat(model.problems()).isEmpty();
        Fx.run(model::next);
        Fx.run(model::next);
        Fx.run(model::next);
        assertThat(model.stepProperty().get()).isEqualTo(StepCode.COMMENT);
        assertThat(model.isLastStep()).isTrue();
        Fx.run(model::previous);
        assertThat(model.stepNumber()).isEqualTo(3);
    }

    @Test
    void sendingWithoutTheRequiredAnswerGoesBackToIt() {
        Fx.run(() -> model.chooseComprehension(4));
        Fx.run(model::next);
        assertThat(model.stepProperty().get()).isEqualTo(StepCode.EXPERIENCE);
        Fx.run(model::send);
        assertThat(model.phaseProperty().get()).isEqualTo(SendPhase.ANSWERING);
        assertThat(model.problems()).extracting(AnswerProblem::code).containsExactly(ProblemCode.REQUIRED);
        assertThat(fixture.services.outbox().items()).isEmpty();
    }

    @Test
    void noHelpNeededIsExclusive() {
        Fx.run(() -> model.setChannelTried(HelpChannel.COUNTER, true));
        Fx.run(() -> model.setChannelTried(HelpChannel.RELATIVE, true));
        Fx.run(() -> model.setChannelTried(HelpChannel.NO_HELP_NEEDED, true));
        assertThat(model.answersProperty().get().contactTried()).containsExactly(HelpChannel.NO_HELP_NEEDED);

        Fx.run(() -> model.setChannelTried(HelpChannel.PHONE, true));
        assertThat(model.answersProperty().get().contactTried()).containsExactly(HelpChannel.PHONE);
    }

    @Test
    void answersPerChannelFollowTheTicksAndWhetherTheAdministrationWasReached() {
        Fx.run(() -> model.setChannelTried(HelpChannel.COUNTER, true));
        Fx.run(() -> model.chooseReached(HelpChannel.COUNTER, ContactReached.YES));
        Fx.run(() -> model.chooseQuality(HelpChannel.COUNTER, HelpQuality.GOOD));
        assertThat(model.answersProperty().get().contactSatisfaction()).containsEntry(HelpChannel.COUNTER, HelpQuality.GOOD);

        Fx.run(() -> model.chooseReached(HelpChannel.COUNTER, ContactReached.NO));
        assertThat(model.answersProperty().get().contactSatisfaction()).isEmpty();
        Fx.run(() -> model.setChannelTried(HelpChannel.COUNTER, false));
        assertThat(model.answersProperty().get().contactReached()).isEmpty();
    }

    @Test
    void aCommentWithPersonalDataIsStoredOnlyOnceMasked() {
        Fx.run(() -> model.chooseSatisfaction(Satisfaction.BAD));
        Fx.run(() -> model.commentProperty().set("Appelez-moi au 06 12 34 56 78 ou camille@example.fr"));
        Fx.run(model::send);
        assertThat(model.phaseProperty().get()).isEqualTo(SendPhase.PERSONAL_DATA_FOUND);
        assertThat(model.personalDataFound()).containsExactly(PersonalDataKind.PHONE, PersonalDataKind.EMAIL);
        fixture.settle();
        assertThat(fixture.services.outbox().items()).isEmpty();

        Fx.run(model::editComment);
        assertThat(model.stepProperty().get()).isEqualTo(StepCode.COMMENT);
        assertThat(model.commentProperty().get()).contains("camille@example.fr");

        Fx.run(model::send);
        Fx.run(() -> model.maskPersonalDataAndSend(kind -> "[" + kind.code() + "]"));
        assertThat(model.commentProperty().get()).isEqualTo("Appelez-moi au [phone] ou [email]");
        fixture.settle();
        assertThat(model.phaseProperty().get()).isEqualTo(SendPhase.SAVED);
        List<OutboxItem> stored = fixture.services.outbox().items();
        assertThat(stored).singleElement().satisfies(item -> {
            assertThat(item.subject()).isEqualTo(PASSPORT);
            assertThat(item.status()).isEqualTo(OutboxStatus.PENDING);
        });
        assertThat(Fx.call(() -> model.savedProperty().get())).map(OutboxItem::id).contains(stored.get(0).id());
    }

    @Test
    void theFirstStepAloneCanBeSentAndIsSentOnce() {
        Fx.run(() -> model.chooseSatisfaction(Satisfaction.MEDIUM));
        Fx.run(model::send);
        Fx.run(model::send);
        fixture.settle();
        assertThat(model.phaseProperty().get()).isEqualTo(SendPhase.SAVED);
        assertThat(fixture.services.outbox().items()).hasSize(1);
    }
}
