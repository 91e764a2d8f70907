package org.guichet.appointments;

import com.google.gson.Gson;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * The HTTP setup every gateway client shares: one Retrofit on the gateway's address with the
 * gateway's JSON dialect, redirects off, and failures classified into {@link GatewayException}s.
 * Feature clients declare their own Retrofit interface and run its calls through {@link #execute}.
 */
public final class GatewayConnection {
    private final GatewayAddress address;
    private final Retrofit retrofit;
    private final FailureClassifier failures;

    private GatewayConnection(GatewayAddress address, Retrofit retrofit, FailureClassifier failures) {
        this.address = address;
        this.retrofit = retrofit;
        this.failures = failures;
    }

    /**
     * Shares {@code http}'s connection pool and keeps its timeouts and interceptors; redirects are
     * turned off so an https gateway can never hand the app over to plain http.
     */
    public static GatewayConnection open(GatewayAddress address, OkHttpClient http) {
        Objects.requireNonNull(address, "address");
        OkHttpClient noRedirects = http.newBuilder().followRedirects(false).followSslRedirects(false).build();
        Gson gson = GatewayJson.create();
        Retrofit retrofit = new Retrofit.Builder()
                .baseUrl(address.baseUrl())
                .client(noRedirects)
                .addConverterFactory(new WholeBodyGsonConverters(gson))
                .build();
        return new GatewayConnection(address, retrofit, new FailureClassifier(gson));
    }

    public GatewayAddress address() {
        return address;
    }

    /** An implementation of a Retrofit interface whose paths are relative to the gateway's base URL. */
    public <A> A api(Class<A> type) {
        return retrofit.create(type);
    }

    /** The body of a successful answer that {@code isComplete} accepts; any other outcome is thrown. */
    public <T> T execute(Call<T> call, Predicate<T> isComplete) throws GatewayException {
        Response<T> response;
        try {
            response = call.execute();
        } catch (IOException e) {
            throw failures.fromIo(e);
        }
        if (!response.isSuccessful()) {
            throw failures.fromStatus(response);
        }
        T body = response.body();
        if (body == null || !isComplete.test(body)) {
            throw failures.incomplete();
        }
        return body;
    }
}
