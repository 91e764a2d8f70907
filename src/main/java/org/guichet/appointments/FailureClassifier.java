package org.guichet.appointments;

import com.google.gson.Gson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** Turns failed gateway exchanges into {@link GatewayException}s with the error the UI explains. */
final class FailureClassifier {
    private final Gson gson;

    FailureClassifier(Gson gson) {
        this.gson = gson;
    }

    GatewayException fromIo(IOException failure) {
        return new GatewayException(errorOf(failure), null, null, failure);
    }

    GatewayException fromStatus(Response<?> response) {
        String code = problemCode(response.errorBody());
        return new GatewayException(errorOf(response.code(), code), code, retryAfter(response), null);
    }

    GatewayException incomplete() {
        return new GatewayException(GatewayError.MALFORMED_RESPONSE, null, null, null);
    }

    private static GatewayError errorOf(IOException failure) {
        if (failure instanceof MalformedResponseException) {
            return GatewayError.MALFORMED_RESPONSE;
        }
        if (failure instanceof InterruptedIOException) {
            return GatewayError.TIMEOUT;
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException || failure instanceof SSLHandshakeException) {
            return GatewayError.OFFLINE;
        }
        return GatewayError.CONNECTION_LOST;
    }

    static GatewayError errorOf(int status, String code) {
        GatewayError byCode = code == null ? null : switch (code) {
            case "slot_taken" -> GatewayError.SLOT_TAKEN;
            case "booking_cancelled" -> GatewayError.BOOKING_CANCELLED;
            case "idempotency_conflict" -> GatewayError.IDEMPOTENCY_CONFLICT;
            case "office_not_found", "reason_not_found", "slot_not_found", "booking_not_found" -> GatewayError.NOT_FOUND;
            case "invalid_contact", "validation_failed" -> GatewayError.INVALID_INPUT;
            case "rate_limited" -> GatewayError.RATE_LIMITED;
            default -> null;
        };
        if (byCode != null) {
            return byCode;
        }
        if (status == 404 || status == 410) {
            return GatewayError.NOT_FOUND;
        }
        if (status == 429) {
            return GatewayError.RATE_LIMITED;
        }
        if (status == 400 || status == 422) {
            return GatewayError.INVALID_INPUT;
        }
        return GatewayError.SERVER_ERROR;
    }

    /** Null when the body is not a readable problem: the status alone then decides. */
    private String problemCode(ResponseBody body) {
        if (body == null) {
            return null;
        }
        try (body) {
            Problem problem = gson.fromJson(body.string(), Problem.class);
            return problem == null ? null : problem.code();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Duration retryAfter(Response<?> response) {
        String header = response.headers().get("Retry-After");
        if (header == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(header.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
