package org.guichet.appointments;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import retrofit2.Call;

/**
 * Blocking calls to a gateway (run them off the JavaFX thread). Each call either returns a complete
 * result or throws a {@link GatewayException}; the client keeps no state between calls, so a failed
 * call leaves nothing half-done here. A booking whose outcome is unknown
 * ({@link GatewayError#outcomeUnknown()}) is settled by retrying with the same {@link IdempotencyKey}.
 */
public final class GatewayClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_WRITE_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

    private final GatewayConnection connection;
    private final GatewayApi api;

    private GatewayClient(GatewayConnection connection) {
        this.connection = connection;
        this.api = connection.api(GatewayApi.class);
    }

    public static GatewayClient create(GatewayAddress address) {
        return create(address, defaultHttpClient());
    }

    /**
     * Shares {@code http}'s connection pool and keeps its timeouts and interceptors; redirects are
     * turned off so an https gateway can never hand the app over to plain http.
     */
    public static GatewayClient create(GatewayAddress address, OkHttpClient http) {
        return new GatewayClient(GatewayConnection.open(address, http));
    }

    public static OkHttpClient defaultHttpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_WRITE_TIMEOUT)
                .writeTimeout(READ_WRITE_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                .build();
    }

    public GatewayAddress address() {
        return connection.address();
    }

    public ReasonList reasons(String officeId) throws GatewayException {
        return execute(api.reasons(officeId), CompleteResponses::isComplete);
    }

    /** {@code from} and {@code to} are local dates at the office, inclusive; null lets the gateway choose. */
    public SlotList slots(String officeId, String reasonId, BookingMode mode, LocalDate from, LocalDate to)
            throws GatewayException {
        return execute(api.slots(officeId, reasonId, mode.wireName(), text(from), text(to)),
                CompleteResponses::isComplete);
    }

    public Booking book(BookingRequest request, IdempotencyKey key) throws GatewayException {
        return execute(api.book(key.value(), request), CompleteResponses::isComplete);
    }

    public Booking booking(String bookingToken) throws GatewayException {
        return execute(api.booking(bookingToken), CompleteResponses::isComplete);
    }

    public Booking cancel(String bookingToken) throws GatewayException {
        return execute(api.cancel(bookingToken), CompleteResponses::isComplete);
    }

    /** Atomic on the gateway: if the new slot cannot be had, the booking keeps its old one. */
    public Booking reschedule(String bookingToken, OffsetDateTime newSlotStart) throws GatewayException {
        return execute(api.reschedule(bookingToken, new RescheduleRequest(newSlotStart)),
                CompleteResponses::isComplete);
    }

    public QueueInfo queue(String officeId) throws GatewayException {
        return execute(api.queue(officeId), CompleteResponses::isComplete);
    }

    public CallbackReceipt requestCallback(String officeId, CallbackRequest request, IdempotencyKey key)
            throws GatewayException {
        return execute(api.requestCallback(officeId, key.value(), request), CompleteResponses::isComplete);
    }

    private <T> T execute(Call<T> call, Predicate<T> isComplete) throws GatewayException {
        return connection.execute(call, isComplete);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
