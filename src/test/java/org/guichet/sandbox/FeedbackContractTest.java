package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayException;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.domain.feedback.ContactReached;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.HelpQuality;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.feedback.ChannelAnswer;
import org.guichet.feedback.DocumentReport;
import org.guichet.feedback.FeedbackClient;
import org.guichet.feedback.FeedbackRequest;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.OfficialAnswers;
import org.guichet.feedback.OfficialAnswersMapper;
import org.guichet.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The feedback client's requests and the sandbox's answers, checked against docs/gateway-openapi.yaml. */
@Timeout(60)
class FeedbackContractTest {
    private static final String CONTRACT = Path.of("docs/gateway-openapi.yaml").toUri().toString();
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime ANSWERED = OffsetDateTime.parse("2026-11-23T08:00:00+01:00");

    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build();

    @TempDir
    Path directory;

    @Test
    void everyFeedbackEndpointAnswersAsTheContractSays() throws Exception {
        ContractRecorder recorder = new ContractRecorder(validator);
        try (SandboxGateway gateway = SandboxGateway.start(directory, TestOffices.lookup(), MONDAY_MORNING)) {
            FeedbackClient client = FeedbackClient.create(gateway.address(),
                    GatewayClient.defaultHttpClient().newBuilder().addNetworkInterceptor(recorder).build());
            FeedbackSubject procedure = FeedbackSubject.procedure("F1341");
            FeedbackAnswers everyStep = FeedbackAnswers.none()
                    .withSatisfaction(Satisfaction.GOOD)
                    .withComprehension(2)
                    .withContactTried(HelpChannel.COUNTER, HelpChannel.CHAT, HelpChannel.OTHER)
                    .withContactReached(HelpChannel.COUNTER, ContactReached.YES)
                    .withContactReached(HelpChannel.CHAT, ContactReached.NO)
                    .withContactSatisfaction(HelpChannel.COUNTER, HelpQuality.NEITHER)
                    .withVerbatim("Rien à signaler, l'accueil était parfait.");
            FeedbackRequest request = new FeedbackRequest(procedure, OfficialAnswersMapper.toWire(everyStep),
                    ANSWERED, "fr");
            IdempotencyKey key = IdempotencyKey.random();

            client.satisfaction(procedure, Language.FRENCH);
            client.sendFeedback(request, key);
            client.sendFeedback(request, key);
            client.sendFeedback(new FeedbackRequest(FeedbackSubject.booking("RDV-7KQ4-M2XC"),
                    OfficialAnswersMapper.toWire(FeedbackAnswers.none().withSatisfaction(Satisfaction.BAD)
                            .withContactTried(HelpChannel.NO_HELP_NEEDED)), ANSWERED, "en"), IdempotencyKey.random());
            client.satisfaction(procedure, Language.ENGLISH);
            client.satisfaction(FeedbackSubject.office(TestOffices.PARIS_CAF), Language.FRENCH);
            client.reportDocument(new DocumentReport(procedure, "Le formulaire Cerfa 12100 ne dit pas où signer",
                    "Un exemple rempli", ANSWERED, "fr"), IdempotencyKey.random());
            client.reportDocument(new DocumentReport(procedure, "Page 2 is unclear", null, ANSWERED, "en"),
                    IdempotencyKey.random());

            fails(() -> client.sendFeedback(new FeedbackRequest(procedure, OfficialAnswersMapper.toWire(
                    everyStep.withSatisfaction(Satisfaction.BAD)), ANSWERED, "fr"), key));
            OfficialAnswers qualityWithoutReaching = new OfficialAnswers("medium", null,
                    List.of(HelpChannel.PHONE.officialValue()), List.of(),
                    List.of(new ChannelAnswer(HelpChannel.PHONE.officialValue(), HelpQuality.BAD.officialValue())),
                    null);
            fails(() -> client.sendFeedback(new FeedbackRequest(procedure, qualityWithoutReaching, ANSWERED, "fr"),
                    IdempotencyKey.random()));
            fails(() -> client.reportDocument(new DocumentReport(procedure, "   ", null, ANSWERED, "fr"),
                    IdempotencyKey.random()));
        }

        assertThat(recorder.violations()).isEmpty();
        assertThat(recorder.exchanges()).containsExactlyInAnyOrder(
                "POST /v1/feedback 201",
                "POST /v1/feedback 409",
                "POST /v1/feedback 400",
                "POST /v1/document-reports 201",
                "POST /v1/document-reports 400",
                "GET /v1/satisfaction 200");
    }

    @Test
    void theValidatorCatchesFeedbackWithoutKeyOrSatisfactionOrWithAnUnofficialValue() {
        SimpleRequest request = new SimpleRequest.Builder("POST", "/v1/feedback")
                .withContentType("application/json")
                .withBody("{\"subject\":{\"kind\":\"procedure\",\"id\":\"F1341\"},\"answers\":{\"comprehension\":3,"
                        + "\"contact_tried\":[\"Au guichet\"]},\"answeredAt\":\"2026-11-23T08:00:00+01:00\","
                        + "\"language\":\"fr\"}")
                .build();

        assertThat(validator.validateRequest(request).getMessages())
                .anyMatch(message -> message.getMessage().contains("Idempotency-Key"))
                .anyMatch(message -> message.getMessage().contains("satisfaction"))
                .anyMatch(message -> message.getMessage().contains("Au guichet"));
    }

    private static void fails(Executable call) {
        assertThat(catchThrowableOfType(GatewayException.class, call::execute)).isNotNull();
    }
}
