package org.guichet.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guichet.appointments.IdempotencyKey;

/** One request to the sandbox: its path parameters, query, headers and JSON body, checked on the way in. */
final class SandboxRequest {
    private static final int MAX_BODY_BYTES = 64 * 1024;

    private final HttpExchange exchange;
    private final List<String> pathParameters;
    private final Map<String, String> query;
    private final Gson gson;

    SandboxRequest(HttpExchange exchange, List<String> pathParameters, Gson gson) {
        this.exchange = exchange;
        this.pathParameters = List.copyOf(pathParameters);
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.gson = gson;
    }

    String pathParameter(int index) {
        return pathParameters.get(index);
    }

    /** Null when absent. */
    String query(String name) {
        return query.get(name);
    }

    /** Null when absent. */
    LocalDate dateQuery(String name) {
        String value = query(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, name + " must be a date (YYYY-MM-DD)");
        }
    }

    /** Null when absent; the lower-case name of a constant otherwise. */
    <E extends Enum<E>> E enumQuery(String name, Class<E> type) {
        String value = query(name);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        throw new ProblemException(ProblemCode.VALIDATION_FAILED, name + " has an unknown value");
    }

    String idempotencyKey() {
        String value = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (value == null) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "the Idempotency-Key header is required");
        }
        try {
            return new IdempotencyKey(value).value();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, e.getMessage());
        }
    }

    <T> T body(Class<T> type) {
        T body;
        try {
            body = gson.fromJson(readBody(), type);
        } catch (JsonParseException e) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "the body is not a valid " + type.getSimpleName());
        }
        if (body == null) {
            throw new ProblemException(ProblemCode.VALIDATION_FAILED, "a JSON body is required");
        }
        return body;
    }

    private String readBody() {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new ProblemException(ProblemCode.VALIDATION_FAILED, "the body is larger than 64 KiB");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> query = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            query.putIfAbsent(name, value);
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
