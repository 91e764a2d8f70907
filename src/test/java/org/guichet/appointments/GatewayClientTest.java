package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.ThrowingSupplier;

@Timeout(30)
class GatewayClientTest {
    private static final String TOKEN = "s3cr3t-booking-token-0123456789abcdef";
    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-24T09:00:00+01:00");
    private static final BookingRequest REQUEST = new BookingRequest("office-1", "etat-civil", BookingMode.PHONE,
            START, new Contact("Camille Martin", null, "06 12 34 56 78"), AccessibilityNeeds.NONE);

    private final MockWebServer server = new MockWebServer();
    private GatewayClient client;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        OkHttpClient impatient = GatewayClient.defaultHttpClient().newBuilder()
                .readTimeout(Duration.ofMillis(300))
                .build();
        client = GatewayClient.create(GatewayAddress.sandbox("http://127.0.0.1:" + server.getPort()), impatient);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsReasons() throws Exception {
        server.enqueue(json(200, """
                {"officeId":"office-1","reasons":[{"id":"etat-civil","label":"État civil","modes":["on_site","phone"],
                 "durationMinutes":30,"documentsHint":null,"procedureFicheId":null,"futureField":true}]}"""));

        ReasonList reasons = client.reasons("office-1");

        assertThat(reasons.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.label()).isEqualTo("État civil");
            assertThat(reason.modes()).containsExactly(BookingMode.ON_SITE, BookingMode.PHONE);
        });
        assertThat(server.takeRequest().getTarget()).isEqualTo("/v1/offices/office-1/reasons");
    }

    @Test
    void booksWithTheIdempotencyKeyAndTheContractsJson() throws Exception {
        server.enqueue(json(201, GatewayJson.create().toJson(booking())));
        IdempotencyKey key = IdempotencyKey.random();

        Booking booking = client.book(REQUEST, key);

        RecordedRequest sent = server.takeRequest();
        assertThat(booking.bookingToken()).isEqualTo(TOKEN);
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/v1/bookings");
        assertThat(sent.getHeaders().get("Idempotency-Key")).isEqualTo(key.value());
        assertThat(sent.getBody().utf8()).contains("\"mode\":\"phone\"", "\"email\":null",
                "\"slotStart\":\"2026-11-24T09:00:00+01:00\"", "\"priorityReception\":false");
    }

    @Test
    void aTakenSlotIsSaidSo() {
        server.enqueue(problem(409, "slot_taken"));

        GatewayException failure = failureOf(() -> client.book(REQUEST, IdempotencyKey.random()));

        assertThat(failure.error()).isEqualTo(GatewayError.SLOT_TAKEN);
        assertThat(failure.error().outcomeUnknown()).isFalse();
        assertThat(failure.problemCode()).contains("slot_taken");
    }

    @Test
    void serverErrorsWithOrWithoutAProblemAreServerErrors() {
        server.enqueue(problem(500, "internal_error"));
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Content-Type", "text/html")
                .body("<html>Maintenance</html>").build());
        server.enqueue(problem(409, "a_code_from_the_future"));

        assertThat(failureOf(() -> client.reasons("office-1")).error()).isEqualTo(GatewayError.SERVER_ERROR);
        assertThat(failureOf(() -> client.reasons("office-1")).error()).isEqualTo(GatewayError.SERVER_ERROR);
        assertThat(failureOf(() -> client.reasons("office-1")).error()).isEqualTo(GatewayError.SERVER_ERROR);
    }

    @Test
    void rateLimitsSayHowLongToWait() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30")
                .addHeader("Content-Type", "application/problem+json")
                .body(problemBody(429, "rate_limited")).build());

        GatewayException failure = failureOf(() -> client.book(REQUEST, IdempotencyKey.random()));

        assertThat(failure.error()).isEqualTo(GatewayError.RATE_LIMITED);
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void noAnswerInTimeIsATimeoutWhoseOutcomeIsUnknown() {
        server.enqueue(new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS)
                .body(GatewayJson.create().toJson(booking())).build());

        GatewayException failure = failureOf(() -> client.book(REQUEST, IdempotencyKey.random()));

        assertThat(failure.error()).isEqualTo(GatewayError.TIMEOUT);
        assertThat(failure.error().outcomeUnknown()).isTrue();
    }

    @Test
    void bodiesThatAreNotTheContractsJsonAreMalformed() {
        String whole = GatewayJson.create().toJson(booking());
        List<String> bodies = List.of(
                "{not json",
                whole.substring(0, whole.length() / 2),
                "null",
                "",
                "{\"bookingToken\":\"" + TOKEN + "\"}",
                whole.replace("\"2026-11-24T09:00:00+01:00\"", "\"tomorrow morning\""),
                whole + " trailing");

        for (String body : bodies) {
            server.enqueue(json(200, body));
            assertThat(failureOf(() -> client.booking(TOKEN)).error())
                    .as(body).isEqualTo(GatewayError.MALFORMED_RESPONSE);
        }
    }

    @Test
    void aRefusedConnectionMeansOffline() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        GatewayClient nowhere = GatewayClient.create(GatewayAddress.sandbox("http://127.0.0.1:" + closedPort));

        GatewayException failure = failureOf(() -> nowhere.reasons("office-1"));

        assertThat(failure.error()).isEqualTo(GatewayError.OFFLINE);
        assertThat(failure.error().outcomeUnknown()).isFalse();
    }

    @Test
    void aConnectionCutMidBodyIsLostWithAnUnknownOutcome() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(GatewayJson.create().toJson(booking()))
                .onResponseBody(new SocketEffect.CloseSocket())
                .build());

        GatewayException failure = failureOf(() -> client.book(REQUEST, IdempotencyKey.random()));

        assertThat(failure.error()).isEqualTo(GatewayError.CONNECTION_LOST);
        assertThat(failure.error().outcomeUnknown()).isTrue();
    }

    @Test
    void redirectsAreNotFollowed() {
        server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://example.org/v1/bookings")
                .build());

        assertThat(failureOf(() -> client.book(REQUEST, IdempotencyKey.random())).error())
                .isEqualTo(GatewayError.SERVER_ERROR);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void failuresAndBookingsNeverShowTheTokenOrPersonalData() {
        server.enqueue(problem(404, "booking_not_found"));

        GatewayException failure = failureOf(() -> client.booking(TOKEN));

        assertThat(failure.error()).isEqualTo(GatewayError.NOT_FOUND);
        assertThat(failure).hasMessage("NOT_FOUND (booking_not_found)");
        assertThat(booking().toString()).doesNotContain(TOKEN, "Camille", "06 12");
        assertThat(REQUEST.toString()).doesNotContain("Camille", "06 12");
    }

    private static GatewayException failureOf(ThrowingSupplier<?> call) {
        return catchThrowableOfType(GatewayException.class, call::get);
    }

    private static Booking booking() {
        return new Booking(TOKEN, "RDV-7KQ4-M2XC", BookingStatus.CONFIRMED, "office-1", "etat-civil",
                BookingMode.PHONE, START, 30, "Europe/Paris", REQUEST.contact(), REQUEST.accessibility(),
                OffsetDateTime.parse("2026-11-23T08:00:00+01:00"));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse problem(int status, String code) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/problem+json")
                .body(problemBody(status, code)).build();
    }

    private static String problemBody(int status, String code) {
        return "{\"type\":\"urn:guichet:problem:" + code + "\",\"title\":\"t\",\"status\":" + status
                + ",\"detail\":null,\"code\":\"" + code + "\"}";
    }
}
