package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.guichet.appointments.AccessibilityNeeds;
import org.guichet.appointments.Booking;
import org.guichet.appointments.BookingMode;
import org.guichet.appointments.BookingRequest;
import org.guichet.appointments.CallbackPeriod;
import org.guichet.appointments.CallbackRequest;
import org.guichet.appointments.Contact;
import org.guichet.appointments.GatewayClient;
import org.guichet.appointments.GatewayException;
import org.guichet.appointments.IdempotencyKey;
import org.guichet.appointments.Slot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The client's requests and the sandbox's responses, successes and problems, checked against the OpenAPI file. */
@Timeout(60)
class GatewayContractTest {
    private static final String CONTRACT = Path.of("docs/gateway-openapi.yaml").toUri().toString();
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);

    private final OpenApiInteractionValidator validator =
            OpenApiInteractionValidator.createForSpecificationUrl(CONTRACT).build();

    @TempDir
    Path directory;

    @Test
    void everyEndpointAnswersAsTheContractSays() throws Exception {
        ContractRecorder recorder = new ContractRecorder(validator);
        try (SandboxGateway gateway = SandboxGateway.start(directory, TestOffices.lookup(), MONDAY_MORNING)) {
            GatewayClient client = GatewayClient.create(gateway.address(),
                    GatewayClient.defaultHttpClient().newBuilder().addNetworkInterceptor(recorder).build());
            String office = TestOffices.PARIS_CAF;

            client.reasons(TestOffices.VERDERONNE);
            client.reasons(office);
            List<Slot> slots = client.slots(office, "conseiller-caf", BookingMode.VIDEO,
                    LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)).slots();
            client.slots(TestOffices.REUNION_MAIRIE, "passeport-cni", BookingMode.ON_SITE, null, null);
            BookingRequest request = new BookingRequest(office, "conseiller-caf", BookingMode.VIDEO,
                    slots.get(0).start(), new Contact("Camille Martin", "camille@example.fr", null),
                    new AccessibilityNeeds(true, false, null));
            IdempotencyKey key = IdempotencyKey.random();
            Booking booking = client.book(request, key);
            client.book(request, key);
            client.booking(booking.bookingToken());
            client.reschedule(booking.bookingToken(), slots.get(1).start());
            client.queue(office);
            client.queue(TestOffices.VERDERONNE);
            client.requestCallback(office, new CallbackRequest("Camille Martin", "+33 6 12 34 56 78",
                    CallbackPeriod.AFTERNOON, "conseiller-caf"), IdempotencyKey.random());
            client.requestCallback(office, new CallbackRequest("Camille Martin", "06 12 34 56 78",
                    CallbackPeriod.ANY, null), IdempotencyKey.random());

            fails(() -> client.reasons("no-such-office"));
            fails(() -> client.slots(office, "conseiller-caf", BookingMode.PHONE,
                    LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 30)));
            fails(() -> client.book(withStart(request, slots.get(1).start()), IdempotencyKey.random()));
            fails(() -> client.book(withStart(request, slots.get(2).start()), key));
            fails(() -> client.book(withContact(request, new Contact("Camille Martin", null, null)),
                    IdempotencyKey.random()));
            fails(() -> client.booking("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
            fails(() -> client.reschedule(booking.bookingToken(), slots.get(1).start().plusMinutes(10)));
            fails(() -> client.queue("no-such-office"));
            client.cancel(booking.bookingToken());
            fails(() -> client.reschedule(booking.bookingToken(), slots.get(2).start()));
        }

        assertThat(recorder.violations()).isEmpty();
        assertThat(recorder.exchanges()).containsExactlyInAnyOrder(
                "GET /v1/offices/{officeId}/reasons 200",
                "GET /v1/offices/{officeId}/reasons 404",
                "GET /v1/offices/{officeId}/slots 200",
                "GET /v1/offices/{officeId}/slots 400",
                "POST /v1/bookings 201",
                "POST /v1/bookings 409",
                "POST /v1/bookings 400",
                "GET /v1/bookings/{bookingToken} 200",
                "GET /v1/bookings/{bookingToken} 404",
                "POST /v1/bookings/{bookingToken}/reschedule 200",
                "POST /v1/bookings/{bookingToken}/reschedule 404",
                "POST /v1/bookings/{bookingToken}/reschedule 409",
                "POST /v1/bookings/{bookingToken}/cancel 200",
                "GET /v1/offices/{officeId}/queue 200",
                "GET /v1/offices/{officeId}/queue 404",
                "POST /v1/offices/{officeId}/callback-requests 201");
    }

    @Test
    void theValidatorCatchesABookingRequestWithoutIdempotencyKeyOrSlot() {
        SimpleRequest request = new SimpleRequest.Builder("POST", "/v1/bookings")
                .withContentType("application/json")
                .withBody("{\"officeId\":\"x\",\"reasonId\":\"etat-civil\",\"mode\":\"phone\","
                        + "\"contact\":{\"name\":\"C\"},\"accessibility\":{\"priorityReception\":false,"
                        + "\"signLanguageInterpreter\":false}}")
                .build();

        assertThat(validator.validateRequest(request).getMessages())
                .anyMatch(message -> message.getMessage().contains("Idempotency-Key"))
                .anyMatch(message -> message.getMessage().contains("slotStart"));
    }

    @Test
    void theValidatorCatchesAResponseThatBreaksTheContract() {
        SimpleResponse slotWithoutStart = SimpleResponse.Builder.status(200)
                .withContentType("application/json")
                .withBody("{\"officeId\":\"x\",\"reasonId\":\"etat-civil\",\"mode\":\"phone\",\"timeZone\":\"Europe/Paris\","
                        + "\"from\":\"2026-11-23\",\"to\":\"2026-11-30\",\"slots\":[{\"durationMinutes\":30,"
                        + "\"remainingCapacity\":0}]}")
                .build();

        assertThat(validator.validateResponse("/v1/offices/x/slots", Request.Method.GET, slotWithoutStart)
                .getMessages()).hasSizeGreaterThanOrEqualTo(2);
    }

    private static void fails(Executable call) {
        assertThat(catchThrowableOfType(GatewayException.class, call::execute)).isNotNull();
    }

    private static BookingRequest withStart(BookingRequest request, OffsetDateTime start) {
        return new BookingRequest(request.officeId(), request.reasonId(), request.mode(), start, request.contact(),
                request.accessibility());
    }

    private static BookingRequest withContact(BookingRequest request, Contact contact) {
        return new BookingRequest(request.officeId(), request.reasonId(), request.mode(), request.slotStart(),
                contact, request.accessibility());
    }
}
