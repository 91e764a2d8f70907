package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.i18n.Language;
import org.guichet.testing.Fx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At most one invitation per procedure: once an opinion about it is kept, the page thanks instead. */
class SubjectFeedbackViewModelTest {
    private static final FeedbackSubject PASSPORT = FeedbackSubject.procedure("F14929");
    private static final FeedbackSubject ID_CARD = FeedbackSubject.procedure("F1341");

    @TempDir
    Path home;

    private FeedbackFixture fixture;

    @BeforeAll
    static void startToolkit() {
        Fx.startToolkit();
    }

    @BeforeEach
    void open() {
        fixture = FeedbackFixture.offline(home);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void oneInvitationPerProcedure() throws Exception {
        SubjectFeedbackViewModel passport = model(PASSPORT);
        SubjectFeedbackViewModel idCard = model(ID_CARD);
        assertThat(Fx.call(() -> passport.answeredProperty().get())).isFalse();

        fixture.services.outbox().submit(PASSPORT, FeedbackAnswers.none().withSatisfaction(Satisfaction.GOOD),
                Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        fixture.settle();
        assertThat(Fx.call(() -> passport.answeredProperty().get())).isTrue();
        assertThat(Fx.call(() -> idCard.answeredProperty().get())).isFalse();

        SubjectFeedbackViewModel reopened = model(PASSPORT);
        Fx.run(reopened::load);
        fixture.settle();
        assertThat(Fx.call(() -> reopened.answeredProperty().get())).isTrue();
    }

    @Test
    void aReportIsNotAnOpinion() throws Exception {
        SubjectFeedbackViewModel passport = model(PASSPORT);
        fixture.services.outbox().submitReport(PASSPORT, "Le formulaire cerfa n'explique pas la case 4", "",
                Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
        fixture.settle();
        assertThat(Fx.call(() -> passport.answeredProperty().get())).isFalse();
    }

    private SubjectFeedbackViewModel model(FeedbackSubject subject) {
        return Fx.call(() -> new SubjectFeedbackViewModel(subject, fixture.services, fixture.background,
                () -> Language.FRENCH));
    }
}
