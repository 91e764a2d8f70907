package org.guichet.procedures;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * Downloads the feed's zip to a file, asking the server for it only if it changed since the
 * previous download (If-None-Match, If-Modified-Since).
 */
final class FeedDownloader {
    private static final int NOT_MODIFIED = 304;

    private final FeedAddress address;
    private final FicheFeedApi api;
    private final long maxBytes;

    /** Redirects are followed from https to https only, never down to plain http. */
    FeedDownloader(FeedAddress address, OkHttpClient http, long maxBytes) {
        this.address = address;
        this.maxBytes = maxBytes;
        this.api = new Retrofit.Builder()
                .baseUrl(address.url().resolve("/"))
                .client(http.newBuilder().followSslRedirects(false).build())
                .build()
                .create(FicheFeedApi.class);
    }

    /** Timeouts for a download of tens of megabytes on a phone: no overall limit, but no long silence. */
    static OkHttpClient defaultHttpClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(15))
                .readTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * Writes the feed to {@code target}.
     *
     * @param previous the metadata of the content downloaded before, if any
     * @return the new download's validators, or empty when the server says nothing changed (304)
     * @throws FeedUpdateFailure when the server cannot be reached or does not give a feed
     * @throws IOException when {@code target} cannot be written
     */
    Optional<FeedValidators> download(Optional<FeedMetadata> previous, Path target) throws FeedUpdateFailure, IOException {
        Response<ResponseBody> response = execute(previous);
        if (!response.isSuccessful()) {
            close(response.errorBody());
            if (response.code() == NOT_MODIFIED && previous.isPresent()) {
                return Optional.empty();
            }
            throw new FeedUpdateFailure(FeedUpdateOutcome.SERVER_ERROR, address + " answered " + response.code());
        }
        try (ResponseBody body = response.body()) {
            if (body == null) {
                throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE, address + " sent no content");
            }
            if (body.contentLength() > maxBytes) {
                throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE, "announces " + body.contentLength() + " bytes");
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                LimitedCopy.copy(body.byteStream(), out, maxBytes, FeedUpdateOutcome.INTERRUPTED);
            }
        }
        return Optional.of(new FeedValidators(response.headers().get("Last-Modified"), response.headers().get("ETag")));
    }

    private Response<ResponseBody> execute(Optional<FeedMetadata> previous) throws FeedUpdateFailure {
        try {
            return api.download(address.toString(),
                    previous.map(FeedMetadata::etag).orElse(null),
                    previous.map(FeedMetadata::lastModified).orElse(null)).execute();
        } catch (IOException e) {
            throw new FeedUpdateFailure(connectionFailure(e), "cannot reach " + address, e);
        }
    }

    private static FeedUpdateOutcome connectionFailure(IOException failure) {
        if (failure instanceof InterruptedIOException) {
            return FeedUpdateOutcome.INTERRUPTED;
        }
        if (failure instanceof ConnectException || failure instanceof UnknownHostException
                || failure instanceof NoRouteToHostException || failure instanceof SSLException) {
            return FeedUpdateOutcome.OFFLINE;
        }
        return FeedUpdateOutcome.INTERRUPTED;
    }

    private static void close(ResponseBody unread) {
        if (unread != null) {
            unread.close();
        }
    }
}
