package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayError;
import org.guichet.appointments.GatewayJson;
import org.guichet.appointments.GatewayException;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.feedback.ChannelAnswer;
import org.guichet.feedback.DocumentReport;
import org.guichet.feedback.FeedbackClient;
import org.guichet.feedback.FeedbackRequest;
import org.guichet.feedback.FeedbackSubject;
import org.guichet.feedback.Improvement;
import org.guichet.feedback.OfficialAnswers;
import org.guichet.feedback.OfficialAnswersMapper;
import org.guichet.feedback.Receipt;
import org.guichet.feedback.SatisfactionSummary;
import org.guichet.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox's feedback endpoints: storing once per key, the JDMA score, the demo improvements. */
@Timeout(30)
class FeedbackSandboxTest {
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);
    private static final OffsetDateTime ANSWERED = OffsetDateTime.parse("2026-11-23T08:00:00+01:00");
    private static final FeedbackSubject CAF = FeedbackSubject.office(TestOffices.PARIS_CAF);

    @TempDir
    Path directory;

    private SandboxGateway gateway;
    private FeedbackClient client;

    @BeforeEach
    void start() {
        gateway = SandboxGateway.start(directory, TestOffices.lookup(), MONDAY_MORNING);
        client = FeedbackClient.create(gateway.address(), GatewayClient.defaultHttpClient());
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void theScoreIsTheAverageOfZeroFiveAndTenOutOfTen() throws Exception {
        assertThat(client.satisfaction(CAF, Language.FRENCH).score()).as("no answer, no score").isNull();
        for (Satisfaction satisfaction : List.of(Satisfaction.BAD, Satisfaction.MEDIUM, Satisfaction.GOOD,
                Satisfaction.GOOD)) {
            client.sendFeedback(request(CAF, FeedbackAnswers.none().withSatisfaction(satisfaction)),
                    IdempotencyKey.random());
        }
        client.sendFeedback(request(FeedbackSubject.procedure("F1341"),
                FeedbackAnswers.none().withSatisfaction(Satisfaction.BAD)), IdempotencyKey.random());

        SatisfactionSummary summary = client.satisfaction(CAF, Language.FRENCH);

        assertThat(summary.answerCount()).isEqualTo(4);
        assertThat(summary.score()).isEqualTo(6.3);
        assertThat(summary.subject()).isEqualTo(CAF);
    }

    @Test
    void theSameKeyAndBodyGiveTheFirstReceiptAndAnotherBodyIsAConflict() throws Exception {
        IdempotencyKey key = IdempotencyKey.random();
        FeedbackRequest request = request(CAF, FeedbackAnswers.none().withSatisfaction(Satisfaction.GOOD));

        Receipt first = client.sendFeedback(request, key);
        Receipt again = client.sendFeedback(request, key);
        GatewayException conflict = catchThrowableOfType(GatewayException.class, () -> client.sendFeedback(
                request(CAF, FeedbackAnswers.none().withSatisfaction(Satisfaction.BAD)), key));

        assertThat(again).isEqualTo(first);
        assertThat(conflict.error()).isEqualTo(GatewayError.IDEMPOTENCY_CONFLICT);
        assertThat(client.satisfaction(CAF, Language.FRENCH).answerCount()).isEqualTo(1);
    }

    @Test
    void answersThatBreakTheOfficialFormAreRefused() {
        OfficialAnswers reachedOnAnotherChannel = new OfficialAnswers("good", null, List.of(HelpChannel.COUNTER
                .officialValue()), List.of(new ChannelAnswer(HelpChannel.PHONE.officialValue(),
                "Oui")), List.of(), null);
        OfficialAnswers unknownValue = new OfficialAnswers("excellent", null, List.of(), List.of(), List.of(), null);
        OfficialAnswers noSatisfaction = new OfficialAnswers(null, 3, List.of(), List.of(), List.of(), null);

        for (OfficialAnswers answers : List.of(reachedOnAnotherChannel, unknownValue, noSatisfaction)) {
            GatewayException refused = catchThrowableOfType(GatewayException.class, () -> client.sendFeedback(
                    new FeedbackRequest(CAF, answers, ANSWERED, "fr"), IdempotencyKey.random()));
            assertThat(refused.problemCode()).as(answers.toString()).contains("validation_failed");
        }
    }

    @Test
    void aDocumentReportIsStoredOncePerKey() throws Exception {
        IdempotencyKey key = IdempotencyKey.random();
        DocumentReport report = new DocumentReport(FeedbackSubject.procedure("F1050"),
                "Le formulaire ne dit pas où signer", null, ANSWERED, "fr");

        Receipt first = client.reportDocument(report, key);

        assertThat(client.reportDocument(report, key)).isEqualTo(first);
        assertThat(first.id()).startsWith("doc-");
    }

    @Test
    void improvementsAreTheSameOnEveryRunInFrenchOrEnglishAndMarkedAsDemo() throws Exception {
        List<FeedbackSubject> subjects = List.of(CAF, FeedbackSubject.procedure("F1341"),
                FeedbackSubject.procedure("F21089"), FeedbackSubject.office("mairie-verderonne"),
                FeedbackSubject.booking("RDV-7KQ4-M2XC"), FeedbackSubject.procedure("F1050"));
        int shown = 0;
        for (FeedbackSubject subject : subjects) {
            SatisfactionSummary french = client.satisfaction(subject, Language.FRENCH);
            SatisfactionSummary english = client.satisfaction(subject, Language.ENGLISH);
            assertThat(client.satisfaction(subject, Language.FRENCH)).isEqualTo(french);
            assertThat(french.language()).isEqualTo("fr");
            assertThat(english.language()).isEqualTo("en");
            assertThat(english.improvements()).extracting(Improvement::date)
                    .containsExactlyElementsOf(french.improvements().stream().map(Improvement::date).toList());
            assertThat(french.improvements()).hasSizeLessThanOrEqualTo(2).allSatisfy(improvement -> {
                assertThat(improvement.youSaid()).startsWith("(Démo)");
                assertThat(improvement.weDid()).startsWith("(Démo)");
            });
            assertThat(english.improvements()).allSatisfy(improvement ->
                    assertThat(improvement.youSaid()).startsWith("(Demo)"));
            assertThat(french.improvements()).extracting(Improvement::date).isSortedAccordingTo(
                    Comparator.reverseOrder());
            shown += french.improvements().size();
        }
        assertThat(shown).as("some subjects have improvements").isPositive();
    }

    @Test
    void requestsNoGuichetClientWouldSendAreProblems() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String body = GatewayJson.create().toJson(request(CAF, FeedbackAnswers.none().withSatisfaction(Satisfaction.GOOD)));
        HttpResponse<String> noKey = http.send(HttpRequest.newBuilder(uri("v1/feedback"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noSubject = http.send(HttpRequest.newBuilder(uri("v1/feedback"))
                .header("Idempotency-Key", "feedback-key-1")
                .POST(HttpRequest.BodyPublishers.ofString(body.replace("\"kind\":\"office\"", "\"kind\":\"town\"")))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknownKind = http.send(HttpRequest.newBuilder(uri("v1/satisfaction?kind=town&id=x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noId = http.send(HttpRequest.newBuilder(uri("v1/satisfaction?kind=office")).build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(noKey, noSubject, unknownKind, noId)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("\"code\":\"validation_failed\"");
        }
        assertThat(client.satisfaction(CAF, Language.FRENCH).answerCount()).isZero();
    }

    private URI uri(String path) {
        return URI.create(gateway.baseUrl() + path);
    }

    private static FeedbackRequest request(FeedbackSubject subject, FeedbackAnswers answers) {
        return new FeedbackRequest(subject, OfficialAnswersMapper.toWire(answers), ANSWERED, "fr");
    }
}
