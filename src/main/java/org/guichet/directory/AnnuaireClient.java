package org.guichet.directory;

import java.io.IOException;
import java.io.Reader;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Blocking lookups in the API Annuaire (run them off the JavaFX thread). Each call ends in a
 * {@link RefreshOutcome}; none throws for a network or server failure. Conditional requests use
 * the validators of the previous answer to the same query.
 */
public final class AnnuaireClient {

    /** The API's page size limit. */
    static final int PAGE_SIZE = 100;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    private final AnnuaireAddress address;
    /** Built on the first online lookup: loading the HTTP stack would otherwise slow the app's start. */
    private final Supplier<OkHttpClient> http;
    private AnnuaireApi api;

    AnnuaireClient(AnnuaireAddress address, OkHttpClient http) {
        this(address, () -> http);
    }

    private AnnuaireClient(AnnuaireAddress address, Supplier<OkHttpClient> http) {
        this.address = address;
        this.http = http;
    }

    public static AnnuaireClient create(AnnuaireAddress address) {
        return new AnnuaireClient(address, () -> new OkHttpClient.Builder()
                .connectTimeout(CONNECT_TIMEOUT)
                .readTimeout(READ_TIMEOUT)
                .callTimeout(CALL_TIMEOUT)
                .build());
    }

    private synchronized AnnuaireApi api() {
        if (api == null) {
            OkHttpClient noRedirects = http.get().newBuilder().followRedirects(false).followSslRedirects(false).build();
            api = new Retrofit.Builder().baseUrl(address.baseUrl()).client(noRedirects).build().create(AnnuaireApi.class);
        }
        return api;
    }

    /** @param where an ODSQL condition, see {@link AnnuaireQueries} */
    AnnuaireReply records(String where, int limit, CacheValidators previous) {
        Response<ResponseBody> response;
        try {
            response = api().records(where, Math.min(limit, PAGE_SIZE), 0, blankToNull(previous.etag()),
                    blankToNull(previous.lastModified())).execute();
        } catch (IOException e) {
            return AnnuaireReply.failed(RefreshOutcome.OFFLINE);
        }
        try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
            if (response.code() == 304) {
                return new AnnuaireReply(RefreshOutcome.NOT_MODIFIED, List.of(), previous);
            }
            if (response.code() >= 500) {
                return AnnuaireReply.failed(RefreshOutcome.SERVER_ERROR);
            }
            if (!response.isSuccessful() || response.code() != 200 || body == null) {
                return AnnuaireReply.failed(RefreshOutcome.REFUSED);
            }
            return read(body.charStream(), new CacheValidators(response.headers().get("ETag"),
                    response.headers().get("Last-Modified")));
        }
    }

    private static AnnuaireReply read(Reader body, CacheValidators validators) {
        try {
            OdsPage page = OdsReplyReader.read(body);
            return new AnnuaireReply(RefreshOutcome.UPDATED, page.offices(), validators);
        } catch (DirectoryFormatException e) {
            return AnnuaireReply.failed(RefreshOutcome.BAD_REPLY);
        } catch (IOException e) {
            return AnnuaireReply.failed(RefreshOutcome.OFFLINE);
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
