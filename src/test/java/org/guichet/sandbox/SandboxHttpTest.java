package org.guichet.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What the sandbox answers to requests no Guichet client would send. */
@Timeout(30)
class SandboxHttpTest {
    private static final Clock MONDAY_MORNING = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private SandboxGateway gateway;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        gateway = SandboxGateway.start(directory, TestOffices.lookup(), MONDAY_MORNING);
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aBookingWithoutIdempotencyKeyIsRefused() throws Exception {
        HttpResponse<String> response = post("v1/bookings", "{}", null);

        assertProblem(response, 400, "validation_failed");
    }

    @Test
    void bodiesThatAreNotTheRequestedJsonAreRefused() throws Exception {
        for (String body : new String[] {"", "{not json", "[1,2]", "{\"mode\":\"teleport\"}",
                "{\"slotStart\":\"tomorrow\"}", "{\"accessibility\":{\"priorityReception\":\"yes\"}}"}) {
            HttpResponse<String> response = post("v1/bookings", body, "retry-key-0001");
            assertProblem(response, 400, "validation_failed");
        }
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() throws Exception {
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(uri("v2/bookings")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("v1/bookings")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertProblem(unknown, 404, "unknown_route");
        assertProblem(wrongMethod, 405, "method_not_allowed");
    }

    @Test
    void badDatesAndModesInTheSlotQueryAreRefused() throws Exception {
        String slots = "v1/offices/" + TestOffices.PARIS_CAF + "/slots?reason=conseiller-caf&mode=";
        HttpResponse<String> badMode = get(slots + "teleport");
        HttpResponse<String> badDate = get(slots + "phone&from=23/11/2026");
        HttpResponse<String> tooLong = get(slots + "phone&from=2026-11-23&to=2027-11-23");

        assertProblem(badMode, 400, "validation_failed");
        assertProblem(badDate, 400, "validation_failed");
        assertProblem(tooLong, 400, "validation_failed");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(gateway.baseUrl() + path);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = JsonParser.parseString(response.body()).getAsJsonObject();
        assertThat(problem.get("code").getAsString()).isEqualTo(code);
        assertThat(problem.get("status").getAsInt()).isEqualTo(status);
        assertThat(problem.get("type").getAsString()).isEqualTo("urn:guichet:problem:" + code);
    }
}
