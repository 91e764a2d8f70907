package org.guichet.sandbox;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * An OkHttp network interceptor that checks every exchange, the client's request as sent and the
 * gateway's response as received, against docs/gateway-openapi.yaml.
 */
final class ContractRecorder implements Interceptor {
    private final OpenApiInteractionValidator validator;
    private final List<String> violations = new ArrayList<>();
    private final Set<String> exchanges = new TreeSet<>();

    ContractRecorder(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        ValidationReport report = validator.validate(simpleRequest(request), simpleResponse(response));
        String exchange = request.method() + " " + template(request.url().encodedPath()) + " " + response.code();
        synchronized (this) {
            exchanges.add(exchange);
            report.getMessages().forEach(message -> violations.add(exchange + ": " + message));
        }
        return response;
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** "METHOD /v1/path/{template} status" of every exchange seen. */
    synchronized Set<String> exchanges() {
        return Set.copyOf(exchanges);
    }

    private static SimpleRequest simpleRequest(Request request) throws IOException {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.method(), request.url().encodedPath());
        for (String name : request.url().queryParameterNames()) {
            builder.withQueryParam(name, request.url().queryParameterValues(name));
        }
        for (String name : request.headers().names()) {
            builder.withHeader(name, request.headers(name));
        }
        if (request.body() != null && request.body().contentLength() != 0) {
            Buffer body = new Buffer();
            request.body().writeTo(body);
            builder.withBody(body.readUtf8());
            if (request.body().contentType() != null) {
                builder.withContentType(request.body().contentType().toString());
            }
        }
        return builder.build();
    }

    private static SimpleResponse simpleResponse(Response response) throws IOException {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.code());
        for (String name : response.headers().names()) {
            builder.withHeader(name, response.headers(name));
        }
        return builder.withBody(response.peekBody(Long.MAX_VALUE).string()).build();
    }

    private static String template(String path) {
        return path.replaceAll("/offices/[^/]+", "/offices/{officeId}")
                .replaceAll("/bookings/[^/]+", "/bookings/{bookingToken}");
    }
}
