package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.guichet.appointments.GatewayAddress;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.i18n.Language;
import org.guichet.sandbox.SandboxGateway;
import org.guichet.testing.Fx;
import org.guichet.testing.SwitchableLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The outbox as the app wires it: own connection, sender started at launch, woken by any gateway success. */
class FeedbackServicesTest {
    private static final FeedbackSubject PASSPORT = FeedbackSubject.procedure("F14929");

    @TempDir
    Path home;
    @TempDir
    Path gatewayDirectory;

    private SandboxGateway gateway;
    private SwitchableLink network;
    private FeedbackFixture fixture;

    @BeforeAll
    static void startToolkit() {
        Fx.startToolkit();
    }

    @BeforeEach
    void open() {
        gateway = SandboxGateway.start(gatewayDirectory, officeId -> Optional.empty(), Clock.systemUTC());
        network = SwitchableLink.to(gateway.address().baseUrl().port());
        fixture = new FeedbackFixture(home, () -> GatewayAddress.sandbox(network.url()));
    }

    @AfterEach
    void close() {
        fixture.close();
        network.close();
        gateway.close();
    }

    @Test
    void whatWaitedBeforeLaunchIsSentAtStartAndTheScreensSeeItLive() throws Exception {
        network.up();
        submit();
        fixture.services.start();
        waitUntilOnlyStatus(OutboxStatus.SENT);
        assertThat(GatewayRows.count(gatewayDirectory, "sandbox_feedback")).isEqualTo(1);
    }

    @Test
    void aSuccessfulGatewayCallElsewhereSendsWhatWaitedWithoutWaitingForTheBackoff() throws Exception {
        fixture.services.start();
        submit();
        waitUntil(() -> fixture.services.outbox().items().get(0).attempts() >= 1);
        assertThat(fixture.services.outbox().items().get(0).status()).isEqualTo(OutboxStatus.PENDING);

        network.up();
        fixture.reachability.succeeded();
        waitUntilOnlyStatus(OutboxStatus.SENT);
        assertThat(GatewayRows.count(gatewayDirectory, "sandbox_feedback")).isEqualTo(1);
    }

    @Test
    void aScoreReadTellsTheSenderTheNetworkIsBack() throws Exception {
        fixture.services.start();
        submit();
        waitUntil(() -> fixture.services.outbox().items().get(0).attempts() >= 1);

        network.up();
        SatisfactionSummary summary = fixture.services.satisfaction(PASSPORT, Language.FRENCH);
        assertThat(summary.subject()).isEqualTo(PASSPORT);
        waitUntilOnlyStatus(OutboxStatus.SENT);
    }

    private void submit() throws PersonalDataFoundException {
        fixture.services.outbox().submit(PASSPORT, FeedbackAnswers.none().withSatisfaction(Satisfaction.GOOD),
                Language.FRENCH, PersonalDataCheck.REFUSE_UNMASKED);
    }

    /** Well under the first backoff (5 s): only a wake-up can have sent it in time. */
    private void waitUntilOnlyStatus(OutboxStatus status) throws Exception {
        waitUntil(() -> {
            List<OutboxItem> seen = Fx.call(() -> List.copyOf(fixture.services.items()));
            return seen.size() == 1 && seen.get(0).status() == status;
        });
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(4, TimeUnit.SECONDS, condition);
    }
}
