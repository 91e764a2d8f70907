package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API Annuaire client against a real HTTP server on loopback: every outcome is a clear value. */
class AnnuaireClientTest {

    private static final String WHERE = "search(*, \"Verderonne\")";

    private final MockWebServer server = new MockWebServer();
    private AnnuaireClient client;

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(Duration.ofMillis(500)).build();
        client = new AnnuaireClient(AnnuaireAddress.of("http://127.0.0.1:" + server.getPort()), impatient);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aReplyGivesItsOfficesAndValidators() throws Exception {
        server.enqueue(verderonne().addHeader("ETag", "\"v1\"")
                .addHeader("Last-Modified", "Wed, 09 Aug 2023 13:30:23 GMT").build());

        AnnuaireReply reply = client.records(WHERE, 50, CacheValidators.NONE);

        assertThat(reply.outcome()).isEqualTo(RefreshOutcome.UPDATED);
        assertThat(reply.offices()).extracting(office -> office.name()).containsExactly("Mairie - Verderonne");
        assertThat(reply.validators()).isEqualTo(new CacheValidators("\"v1\"", "Wed, 09 Aug 2023 13:30:23 GMT"));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath())
                .isEqualTo("/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records");
        assertThat(request.getUrl().queryParameter("where")).isEqualTo(WHERE);
        assertThat(request.getUrl().queryParameter("limit")).isEqualTo("50");
        assertThat(request.getUrl().queryParameter("offset")).isEqualTo("0");
        assertThat(request.getHeaders().get("If-None-Match")).isNull();
    }

    @Test
    void validatorsAreSentBackAndA304MeansNothingChanged() throws Exception {
        CacheValidators previous = new CacheValidators("\"v1\"", "Wed, 09 Aug 2023 13:30:23 GMT");
        server.enqueue(new MockResponse.Builder().code(304).build());

        AnnuaireReply reply = client.records(WHERE, 500, previous);

        assertThat(reply.outcome()).isEqualTo(RefreshOutcome.NOT_MODIFIED);
        assertThat(reply.validators()).isEqualTo(previous);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo("Wed, 09 Aug 2023 13:30:23 GMT");
        assertThat(request.getUrl().queryParameter("limit")).as("the API's page limit").isEqualTo("100");
    }

    @Test
    void clientAndServerErrorsAreToldApart() {
        server.enqueue(new MockResponse.Builder().code(400).body("{\"error_code\":\"ODSQLError\"}").build());
        server.enqueue(new MockResponse.Builder().code(503).body("<html>maintenance</html>").build());

        assertThat(client.records(WHERE, 50, CacheValidators.NONE).outcome()).isEqualTo(RefreshOutcome.REFUSED);
        assertThat(client.records(WHERE, 50, CacheValidators.NONE).outcome()).isEqualTo(RefreshOutcome.SERVER_ERROR);
    }

    @Test
    void aServerTooSlowToAnswerIsOffline() {
        server.enqueue(verderonne().headersDelay(2, TimeUnit.SECONDS).build());

        assertThat(client.records(WHERE, 50, CacheValidators.NONE).outcome()).isEqualTo(RefreshOutcome.OFFLINE);
    }

    @Test
    void noServerAtAllIsOffline() {
        server.close();

        assertThat(client.records(WHERE, 50, CacheValidators.NONE).outcome()).isEqualTo(RefreshOutcome.OFFLINE);
    }

    @Test
    void malformedAndTruncatedBodiesAreBadReplies() throws IOException {
        String whole = Samples.text(Samples.VERDERONNE_API);
        for (String body : new String[] {"{not json", whole.substring(0, whole.length() / 2), "[]", "{\"total_count\":1}",
                "<html>Erreur</html>"}) {
            server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build());
            AnnuaireReply reply = client.records(WHERE, 50, CacheValidators.NONE);
            assertThat(reply.outcome()).as(body).isEqualTo(RefreshOutcome.BAD_REPLY);
            assertThat(reply.offices()).isEmpty();
        }
    }

    @Test
    void onlyHttpsOrLoopbackAddressesAreAccepted() {
        assertThat(AnnuaireAddress.of(AnnuaireAddress.PUBLIC_SERVICE).baseUrl().isHttps()).isTrue();
        assertThat(AnnuaireAddress.of("http://localhost:8080").baseUrl().toString()).isEqualTo("http://localhost:8080/");
        assertThatThrownBy(() -> AnnuaireAddress.of("http://api-lannuaire.service-public.fr/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void userTextCannotLeaveTheSearchLiteral() {
        assertThat(AnnuaireQueries.fullText("mairie\") OR (1=1")).contains("search(*, \"mairie OR 1 1\")");
        assertThat(AnnuaireQueries.fullText(" \" ")).isEmpty();
    }

    private static MockResponse.Builder verderonne() {
        try {
            return new MockResponse.Builder().addHeader("Content-Type", "application/json; charset=utf-8")
                    .body(Samples.text(Samples.VERDERONNE_API));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
