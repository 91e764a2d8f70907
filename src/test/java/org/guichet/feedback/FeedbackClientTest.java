package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.InetAddress;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.guichet.appointments.GatewayAddress;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayError;
import org.guichet.appointments.GatewayException;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.i18n.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class FeedbackClientTest {
    private static final OffsetDateTime ANSWERED = OffsetDateTime.parse("2026-11-23T10:15:00+01:00");
    private static final FeedbackRequest REQUEST = new FeedbackRequest(FeedbackSubject.procedure("F1341"),
            OfficialAnswersMapper.toWire(Answers.complete()), ANSWERED, "fr");

    private final MockWebServer server = new MockWebServer();
    private FeedbackClient client;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = FeedbackClient.create(GatewayAddress.sandbox("http://127.0.0.1:" + server.getPort()),
                GatewayClient.defaultHttpClient());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsTheOfficialFieldCodesAndValuesWithTheKey() throws Exception {
        server.enqueue(json(201, "{\"id\":\"avis-1\",\"receivedAt\":\"2026-11-23T09:15:01Z\"}"));
        IdempotencyKey key = IdempotencyKey.random();

        Receipt receipt = client.sendFeedback(REQUEST, key);

        assertThat(receipt.id()).isEqualTo("avis-1");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getTarget()).isEqualTo("/v1/feedback");
        assertThat(sent.getHeaders().get("Idempotency-Key")).isEqualTo(key.value());
        JsonObject body = JsonParser.parseString(sent.getBody().utf8()).getAsJsonObject();
        assertThat(body.getAsJsonObject("subject").get("kind").getAsString()).isEqualTo("procedure");
        JsonObject answers = body.getAsJsonObject("answers");
        assertThat(answers.get("satisfaction").getAsString()).isEqualTo("medium");
        assertThat(answers.get("comprehension").getAsInt()).isEqualTo(4);
        assertThat(answers.getAsJsonArray("contact_tried").toString()).isEqualTo(
                "[\"Au guichet avec l’administration\",\"Par téléphone avec l’administration\",\"Une personne proche\"]");
        assertThat(answers.getAsJsonArray("contact_reached").toString()).isEqualTo(
                "[{\"channel\":\"Au guichet avec l’administration\",\"answer\":\"Oui\"},"
                        + "{\"channel\":\"Par téléphone avec l’administration\",\"answer\":\"Non\"}]");
        assertThat(answers.getAsJsonArray("contact_satisfaction").toString()).isEqualTo(
                "[{\"channel\":\"Au guichet avec l’administration\",\"answer\":\"Bonne\"}]");
        assertThat(body.get("answeredAt").getAsString()).isEqualTo("2026-11-23T10:15:00+01:00");
        assertThat(body.get("language").getAsString()).isEqualTo("fr");
    }

    @Test
    void theWireFormReadsBackAsTheSameAnswers() {
        assertThat(OfficialAnswersMapper.toDomain(OfficialAnswersMapper.toWire(Answers.complete())))
                .isEqualTo(Answers.complete());
    }

    @Test
    void aReusedKeyIsAConflictAndARefusalIsInvalidInput() {
        server.enqueue(problem(409, "idempotency_conflict"));
        server.enqueue(problem(400, "validation_failed"));

        GatewayException conflict = failureOf(() -> client.sendFeedback(REQUEST, IdempotencyKey.random()));
        GatewayException refused = failureOf(() -> client.reportDocument(new DocumentReport(
                FeedbackSubject.procedure("F1341"), " ", null, ANSWERED, "fr"), IdempotencyKey.random()));

        assertThat(conflict.error()).isEqualTo(GatewayError.IDEMPOTENCY_CONFLICT);
        assertThat(refused.error()).isEqualTo(GatewayError.INVALID_INPUT);
        assertThat(refused.problemCode()).contains("validation_failed");
    }

    @Test
    void readsTheScoreAndImprovementsOfASubjectInTheAppLanguage() throws Exception {
        server.enqueue(json(200, """
                {"subject":{"kind":"office","id":"caf-paris"},"score":7.5,"answerCount":4,"language":"en",
                 "improvements":[{"date":"2026-09-21","youSaid":"Long waits","weDid":"A second agent"}]}"""));

        SatisfactionSummary summary = client.satisfaction(FeedbackSubject.office("caf-paris"), Language.ENGLISH);

        assertThat(summary.score()).isEqualTo(7.5);
        assertThat(summary.answerCount()).isEqualTo(4);
        assertThat(summary.improvements()).containsExactly(
                new Improvement(LocalDate.of(2026, 9, 21), "Long waits", "A second agent"));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/satisfaction?kind=office&id=caf-paris&lang=en");
    }

    @Test
    void aSummaryWithoutItsImprovementsIsMalformed() {
        server.enqueue(json(200, "{\"subject\":{\"kind\":\"office\",\"id\":\"x\"},\"score\":null,\"answerCount\":0}"));

        assertThat(failureOf(() -> client.satisfaction(FeedbackSubject.office("x"), Language.FRENCH)).error())
                .isEqualTo(GatewayError.MALFORMED_RESPONSE);
    }

    @Test
    void textsTheCitizenTypedNeverShowInToString() {
        String comment = "Mon numéro est le 06 12 34 56 78";
        FeedbackRequest request = new FeedbackRequest(FeedbackSubject.procedure("F1341"),
                OfficialAnswersMapper.toWire(Answers.complete().withVerbatim(comment)), ANSWERED, "fr");
        DocumentReport report = new DocumentReport(FeedbackSubject.procedure("F1341"), comment, comment,
                ANSWERED, "fr");

        assertThat(request.toString()).doesNotContain("06 12").contains("verbatim=<" + comment.length() + " chars>");
        assertThat(report.toString()).doesNotContain("06 12");
    }

    private GatewayException failureOf(ThrowingCall call) {
        return catchThrowableOfType(GatewayException.class, call::run);
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws Exception;
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse problem(int status, String code) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/problem+json")
                .body("{\"type\":\"urn:guichet:problem:" + code + "\",\"title\":\"t\",\"status\":" + status
                        + ",\"detail\":null,\"code\":\"" + code + "\"}").build();
    }
}
