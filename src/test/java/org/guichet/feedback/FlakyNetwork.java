package org.guichet.feedback;

import java.io.IOException;
import java.net.ConnectException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp interceptor standing for the phone's network: online, offline (nothing leaves the
 * phone), or failing in the worst place, after the gateway acted and before its answer arrives.
 */
final class FlakyNetwork implements Interceptor {
    enum Fault {
        NONE,
        /** The request never leaves: connection refused. */
        OFFLINE,
        /** The gateway gets the request and acts on it; its answer is lost on the way back. */
        ANSWER_LOST,
        /** A proxy in front of the gateway answers 503 without passing the request on. */
        UNAVAILABLE
    }

    private volatile Fault next = Fault.NONE;
    private volatile boolean offline;
    private volatile RandomGenerator random;
    private volatile double faultChance;
    private final AtomicInteger reachedGateway = new AtomicInteger();
    private final Map<Fault, AtomicInteger> faults = new EnumMap<>(Fault.class);

    void goOffline() {
        offline = true;
    }

    void goOnline() {
        offline = false;
    }

    /** The fault of the next exchange only. */
    void failNext(Fault fault) {
        next = fault;
    }

    /** From now on each fault strikes an exchange with {@code chance}, drawn from {@code random}. */
    void failAtRandom(RandomGenerator random, double chance) {
        this.random = random;
        this.faultChance = chance;
    }

    int faults(Fault fault) {
        synchronized (faults) {
            return faults.computeIfAbsent(fault, f -> new AtomicInteger()).get();
        }
    }

    /** Requests that reached the gateway, answered or not. */
    int reachedGateway() {
        return reachedGateway.get();
    }

    private Fault randomFault() {
        double draw = random.nextDouble();
        Fault[] failures = {Fault.OFFLINE, Fault.ANSWER_LOST, Fault.UNAVAILABLE};
        for (int i = 0; i < failures.length; i++) {
            if (draw < faultChance * (i + 1)) {
                return failures[i];
            }
        }
        return Fault.NONE;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Fault fault = offline ? Fault.OFFLINE : next;
        next = Fault.NONE;
        if (fault == Fault.NONE && random != null) {
            fault = randomFault();
        }
        synchronized (faults) {
            faults.computeIfAbsent(fault, f -> new AtomicInteger()).incrementAndGet();
        }
        return switch (fault) {
            case OFFLINE -> throw new ConnectException("Simulated: no network");
            case UNAVAILABLE -> new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1)
                    .code(503).message("Service Unavailable")
                    .body(ResponseBody.create("{\"type\":\"urn:guichet:problem:unavailable\",\"title\":\"Unavailable\","
                            + "\"status\":503,\"detail\":null,\"code\":\"unavailable\"}",
                            MediaType.get("application/problem+json")))
                    .build();
            case ANSWER_LOST -> {
                reachedGateway.incrementAndGet();
                try (Response ignored = chain.proceed(chain.request())) {
                    throw new IOException("Simulated: connection reset before the answer arrived");
                }
            }
            case NONE -> {
                reachedGateway.incrementAndGet();
                yield chain.proceed(chain.request());
            }
        };
    }
}
