package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.Buffer;
import org.guichet.domain.procedure.Procedure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Updates from a feed served on loopback, built from the real fiches; every failure keeps the content shown before. */
@Timeout(60)
class FicheFeedUpdateTest {
    private static final Instant FIRST_DOWNLOAD = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant SECOND_DOWNLOAD = Instant.parse("2026-11-23T08:00:00Z");
    private static final String LAST_MODIFIED = "Fri, 20 Nov 2026 05:12:00 GMT";
    private static final String ETAG = "\"vdd-2026-11-20\"";
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final String MALFORMED = "<?xml version=\"1.0\"?><Publication ID=\"F99998\"><dc:title>Sans fin";

    @TempDir
    Path home;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws IOException {
        server.start(InetAddress.getByName("127.0.0.1"), 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anUpdateServesTheFeedsFichesSkipsTheUnreadableAndIgnoresOtherEntries() throws Exception {
        server.enqueue(zip(FeedZip.withRealFiches()
                .add("F99998.xml", MALFORMED)
                .add("../evil.xml", MALFORMED)
                .add("../../" + FeedZip.PASSPORT + "x.xml", MALFORMED)));
        ProcedureRepository repository = repository(FIRST_DOWNLOAD);
        assertThat(repository.edition()).isEqualTo(new ContentEdition.Bundled(BundledContent.SNAPSHOT));

        FeedUpdateResult result = repository.update();

        assertThat(result).isEqualTo(new FeedUpdateResult(FeedUpdateOutcome.UPDATED, FeedZip.REAL_FICHE_COUNT, 1));
        assertThat(repository.edition()).isEqualTo(new ContentEdition.Downloaded(FIRST_DOWNLOAD));
        assertThat(title(repository, FeedZip.PASSPORT)).isEqualTo(FeedZip.UPDATED_PASSPORT_TITLE);
        assertThat(repository.page(FeedZip.PASSPORT).procedure()).hasValueSatisfying(
                fiche -> assertThat(fiche.title()).isEqualTo(FeedZip.UPDATED_PASSPORT_TITLE));
        try (Stream<Path> files = Files.walk(home)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .doesNotContain("evil.xml", "F99998.xml", "arborescence.xml", "feed.zip.part", "fiches.staging");
        }
        assertThat(home.resolveSibling("evil.xml")).doesNotExist();
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("If-None-Match")).isNull();
        assertThat(request.getHeaders().get("If-Modified-Since")).isNull();
    }

    @Test
    void theNextUpdateAsksWhetherTheFeedChangedAndKeepsTheContentWhenItDidNot() throws Exception {
        downloadOnce();
        server.enqueue(new MockResponse.Builder().code(304).build());
        ProcedureRepository repository = repository(SECOND_DOWNLOAD);

        FeedUpdateResult result = repository.update();

        assertThat(result.outcome()).isEqualTo(FeedUpdateOutcome.ALREADY_UP_TO_DATE);
        server.takeRequest();
        RecordedRequest conditional = server.takeRequest();
        assertThat(conditional.getHeaders().get("If-None-Match")).isEqualTo(ETAG);
        assertThat(conditional.getHeaders().get("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        assertServesTheFirstDownload(repository);
    }

    @Test
    void aNewerFeedReplacesTheFirstDownload() {
        downloadOnce();
        server.enqueue(zip(new FeedZip().add("F1341.xml", read("F1341.xml"))));
        ProcedureRepository repository = repository(SECOND_DOWNLOAD);
        repository.fiche(FeedZip.PASSPORT);

        FeedUpdateResult result = repository.update();

        assertThat(result).isEqualTo(new FeedUpdateResult(FeedUpdateOutcome.UPDATED, 1, 0));
        assertThat(repository.edition()).isEqualTo(new ContentEdition.Downloaded(SECOND_DOWNLOAD));
        assertThat(title(repository, FeedZip.PASSPORT)).as("the shipped fiche, the new feed lacking it")
                .isEqualTo(FeedZip.PASSPORT_TITLE);
    }

    static Stream<Arguments> failures() {
        byte[] whole = FeedZip.withRealFiches().bytes();
        return Stream.of(
                failure("404", FeedUpdateOutcome.SERVER_ERROR, () -> new MockResponse.Builder().code(404).build()),
                failure("500", FeedUpdateOutcome.SERVER_ERROR, () -> new MockResponse.Builder().code(500).body("oops").build()),
                failure("no answer in time", FeedUpdateOutcome.INTERRUPTED,
                        () -> new MockResponse.Builder().headersDelay(2, TimeUnit.SECONDS).body(FeedZip.withRealFiches().body()).build()),
                failure("connection cut mid-download", FeedUpdateOutcome.INTERRUPTED,
                        () -> new MockResponse.Builder().body(FeedZip.withRealFiches().body())
                                .onResponseBody(new SocketEffect.CloseSocket()).build()),
                failure("truncated zip", FeedUpdateOutcome.UNUSABLE_FILE,
                        () -> zipBytes(Arrays.copyOf(whole, whole.length / 2))),
                failure("not a zip", FeedUpdateOutcome.UNUSABLE_FILE,
                        () -> new MockResponse.Builder().body("<html>Maintenance</html>").build()),
                failure("no valid fiche", FeedUpdateOutcome.UNUSABLE_FILE,
                        () -> zip(new FeedZip().add("F99998.xml", MALFORMED).add("../evil.xml", MALFORMED)
                                .add("arborescence.xml", "<Arborescence/>"))),
                failure("oversized fiche (zip bomb)", FeedUpdateOutcome.UNUSABLE_FILE,
                        () -> zip(FeedZip.withRealFiches().add("F99997.xml", zipBomb()))),
                failure("zip bomb declaring a small size", FeedUpdateOutcome.UNUSABLE_FILE,
                        () -> zipBytes(declaringSize(FeedZip.withRealFiches().add("F99997.xml", zipBomb()).bytes(),
                                "F99997.xml", 4_000))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureKeepsTheShippedContent(String name, FeedUpdateOutcome outcome, Supplier<MockResponse> response) {
        server.enqueue(response.get());
        ProcedureRepository repository = repository(FIRST_DOWNLOAD);

        assertThat(repository.update()).isEqualTo(FeedUpdateResult.unchanged(outcome));

        assertServesTheShippedContent(repository);
        assertNoLeftovers();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void aFailureKeepsThePreviousDownload(String name, FeedUpdateOutcome outcome, Supplier<MockResponse> response) {
        downloadOnce();
        server.enqueue(response.get());
        ProcedureRepository repository = repository(SECOND_DOWNLOAD);

        assertThat(repository.update().outcome()).isEqualTo(outcome);

        assertServesTheFirstDownload(repository);
        assertNoLeftovers();
    }

    @Test
    void noConnectionIsOffline() throws IOException {
        downloadOnce();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        ProcedureRepository repository = repository(FeedAddress.of("http://127.0.0.1:" + closedPort + "/vosdroits-latest.zip"),
                FeedLimits.DEFAULT, SECOND_DOWNLOAD);

        assertThat(repository.update().outcome()).isEqualTo(FeedUpdateOutcome.OFFLINE);

        assertServesTheFirstDownload(repository);
    }

    @Test
    void aFeedLargerThanTheTotalBoundIsRefused() {
        server.enqueue(zip(FeedZip.withRealFiches()));
        ProcedureRepository repository = repository(address(), new FeedLimits(1 << 20, 1 << 20, 200_000, 100), FIRST_DOWNLOAD);

        assertThat(repository.update().outcome()).isEqualTo(FeedUpdateOutcome.UNUSABLE_FILE);

        assertServesTheShippedContent(repository);
    }

    @Test
    void aDeviceThatCannotStoreTheFichesKeepsWhatItShows() throws IOException {
        Files.writeString(home.resolve("procedures"), "a file where the folder should be");
        server.enqueue(zip(FeedZip.withRealFiches()));
        ProcedureRepository repository = repository(FIRST_DOWNLOAD);

        assertThat(repository.update().outcome()).isEqualTo(FeedUpdateOutcome.NOT_SAVED);

        assertServesTheShippedContent(repository);
    }

    @Test
    void anUnreadableDownloadedFicheGivesWayToTheShippedOne() throws IOException {
        downloadOnce();
        Files.writeString(home.resolve("procedures/fiches/" + FeedZip.PASSPORT + ".xml"), MALFORMED);
        ProcedureRepository repository = repository(SECOND_DOWNLOAD);

        assertThat(title(repository, FeedZip.PASSPORT)).isEqualTo(FeedZip.PASSPORT_TITLE);
        assertThat(repository.edition()).isEqualTo(new ContentEdition.Downloaded(FIRST_DOWNLOAD));
    }

    @Test
    void aSwapCutShortIsUndoneBeforeTheNextUpdate() throws IOException {
        downloadOnce();
        Path procedures = home.resolve("procedures");
        Files.move(procedures.resolve("fiches"), procedures.resolve("fiches.previous"));
        Files.createDirectories(procedures.resolve("fiches.staging"));
        server.enqueue(new MockResponse.Builder().code(304).build());
        ProcedureRepository repository = repository(SECOND_DOWNLOAD);

        assertThat(repository.update().outcome()).isEqualTo(FeedUpdateOutcome.ALREADY_UP_TO_DATE);

        assertServesTheFirstDownload(repository(SECOND_DOWNLOAD));
        assertNoLeftovers();
    }

    private void downloadOnce() {
        server.enqueue(new MockResponse.Builder().addHeader("Last-Modified", LAST_MODIFIED).addHeader("ETag", ETAG)
                .body(FeedZip.withRealFiches().body()).build());
        assertThat(repository(FIRST_DOWNLOAD).update().outcome()).isEqualTo(FeedUpdateOutcome.UPDATED);
    }

    private ProcedureRepository repository(Instant now) {
        return repository(address(), FeedLimits.DEFAULT, now);
    }

    private ProcedureRepository repository(FeedAddress address, FeedLimits limits, Instant now) {
        OkHttpClient impatient = FeedDownloader.defaultHttpClient().newBuilder().readTimeout(Duration.ofMillis(500)).build();
        DownloadedFiches downloaded = new DownloadedFiches(home.resolve("procedures"));
        return new ProcedureRepository(new BundledContent(), downloaded, () ->
                new FicheFeedUpdater(address, impatient, limits, downloaded, Clock.fixed(now, ZoneOffset.UTC)));
    }

    private FeedAddress address() {
        return FeedAddress.of(server.url("/vdd/3.3/part/zip/vosdroits-latest.zip").toString());
    }

    private static void assertServesTheShippedContent(ProcedureRepository repository) {
        assertThat(repository.edition()).isEqualTo(new ContentEdition.Bundled(BundledContent.SNAPSHOT));
        assertThat(title(repository, FeedZip.PASSPORT)).isEqualTo(FeedZip.PASSPORT_TITLE);
    }

    private static void assertServesTheFirstDownload(ProcedureRepository repository) {
        assertThat(repository.edition()).isEqualTo(new ContentEdition.Downloaded(FIRST_DOWNLOAD));
        assertThat(title(repository, FeedZip.PASSPORT)).isEqualTo(FeedZip.UPDATED_PASSPORT_TITLE);
        assertThat(repository.fiche("F1341")).isPresent();
    }

    private void assertNoLeftovers() {
        Path procedures = home.resolve("procedures");
        assertThat(procedures.resolve("fiches.staging")).doesNotExist();
        assertThat(procedures.resolve("fiches.previous")).doesNotExist();
        assertThat(procedures.resolve("feed.zip.part")).doesNotExist();
    }

    private static String title(ProcedureRepository repository, String id) {
        return repository.fiche(id).map(Procedure::title).orElseThrow();
    }

    private static Arguments failure(String name, FeedUpdateOutcome outcome, Supplier<MockResponse> response) {
        return Arguments.of(name, outcome, response);
    }

    private static MockResponse zip(FeedZip feed) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/zip").body(feed.body()).build();
    }

    private static MockResponse zipBytes(byte[] bytes) {
        return new MockResponse.Builder().body(new Buffer().write(bytes)).build();
    }

    /** A fiche-named entry that unpacks to 20 MB of blanks from a few kilobytes. */
    private static byte[] zipBomb() {
        byte[] blanks = new byte[20 << 20];
        Arrays.fill(blanks, (byte) ' ');
        byte[] start = "<?xml version=\"1.0\"?><Publication ID=\"F99997\">".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, blanks, 0, start.length);
        return blanks;
    }

    /** {@code zip} with its central directory claiming that {@code entry} unpacks to {@code size} bytes. */
    private static byte[] declaringSize(byte[] zip, String entry, int size) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 46 < zip.length; at++) {
            if (bytes.getInt(at) == CENTRAL_HEADER) {
                int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
                if (new String(zip, at + 46, nameLength, StandardCharsets.UTF_8).equals(entry)) {
                    bytes.putInt(at + 24, size);
                    return zip;
                }
            }
        }
        throw new AssertionError("no entry " + entry);
    }

    private static String read(String name) {
        try {
            return Files.readString(FeedZip.REAL_FICHES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
