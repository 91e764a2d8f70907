package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** When the answer to "book" is lost, the flow asks again with the same key and learns the outcome. */
@Timeout(60)
class BookingRetryTest {

    @TempDir
    Path folder;

    private final MockWebServer server = new MockWebServer();
    private BookingFixture fixture;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        fixture = new BookingFixture(folder);
    }

    @AfterEach
    void stop() {
        server.close();
        fixture.close();
    }

    @Test
    void aLostAnswerIsRetriedWithTheSameIdempotencyKey() throws Exception {
        GatewayClient sandbox = GatewayClient.create(fixture.sandbox.address());
        ReasonList reasons = sandbox.reasons(BookingFixture.CAF);
        SlotList slots = sandbox.slots(BookingFixture.CAF, "conseiller-caf", BookingMode.PHONE, null, null);
        Booking booking = sandbox.book(new BookingRequest(BookingFixture.CAF, "conseiller-caf", BookingMode.PHONE,
                slots.slots().get(0).start(), new Contact("Camille Martin", null, "06 12 34 56 78"),
                AccessibilityNeeds.NONE), IdempotencyKey.random());
        server.enqueue(json(200, GatewayJson.create().toJson(reasons)));
        server.enqueue(json(200, GatewayJson.create().toJson(slots)));
        server.enqueue(json(201, "{\"bookingToken\":"));
        server.enqueue(json(201, GatewayJson.create().toJson(booking)));
        OkHttpClient impatient = GatewayClient.defaultHttpClient().newBuilder().readTimeout(Duration.ofMillis(300)).build();
        BookingFlow flow = fixture.flowAtReview(fixture.services(new GatewayAccess(false,
                () -> GatewayClient.create(GatewayAddress.sandbox("http://127.0.0.1:" + server.getPort()), impatient)),
                folder));
        server.takeRequest();
        server.takeRequest();

        flow.confirm();

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(first.getHeaders().get("Idempotency-Key")).isNotBlank()
                .isEqualTo(second.getHeaders().get("Idempotency-Key"));
        assertThat(flow.problem().get()).isEmpty();
        assertThat(flow.booked().get().reference()).isEqualTo(booking.reference());
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
