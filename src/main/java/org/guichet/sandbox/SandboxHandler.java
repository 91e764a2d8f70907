package org.guichet.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Dispatches each exchange to its route and writes the answer: JSON on success, problem+json
 * otherwise. Logs only unexpected failures, never request bodies, tokens or paths.
 */
final class SandboxHandler implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(SandboxHandler.class.getName());

    private final List<Route> routes;
    private final Gson gson;

    SandboxHandler(List<Route> routes, Gson gson) {
        this.routes = List.copyOf(routes);
        this.gson = gson;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonResponse response;
            String contentType = "application/json";
            try {
                response = dispatch(exchange);
            } catch (ProblemException problem) {
                response = problem(problem.code(), problem.getMessage());
                contentType = "application/problem+json";
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Sandbox gateway failed on " + exchange.getRequestMethod() + " request", e);
                response = problem(ProblemCode.INTERNAL_ERROR, "unexpected failure, see the app's log");
                contentType = "application/problem+json";
            }
            send(exchange, response, contentType);
        }
    }

    private JsonResponse dispatch(HttpExchange exchange) {
        String rawPath = exchange.getRequestURI().getRawPath();
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<List<String>> parameters = route.match(rawPath);
            if (parameters.isEmpty()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(exchange.getRequestMethod())) {
                return route.action().handle(new SandboxRequest(exchange, parameters.get(), gson));
            }
        }
        throw pathKnown
                ? new ProblemException(ProblemCode.METHOD_NOT_ALLOWED, "method not allowed on this resource")
                : new ProblemException(ProblemCode.UNKNOWN_ROUTE, "no such resource in the gateway contract");
    }

    private JsonResponse problem(ProblemCode code, String detail) {
        JsonObject problem = new JsonObject();
        problem.addProperty("type", "urn:guichet:problem:" + code.wireName());
        problem.addProperty("title", code.title());
        problem.addProperty("status", code.status());
        problem.addProperty("detail", detail);
        problem.addProperty("code", code.wireName());
        return new JsonResponse(code.status(), gson.toJson(problem));
    }

    private static void send(HttpExchange exchange, JsonResponse response, String contentType) throws IOException {
        byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(response.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
