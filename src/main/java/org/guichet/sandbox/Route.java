package org.guichet.sandbox;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A method and a path template such as {@code /v1/bookings/{bookingToken}/cancel}, with its action. */
record Route(String method, Pattern path, Action action) {

    @FunctionalInterface
    interface Action {
        JsonResponse handle(SandboxRequest request);
    }

    /** Each {@code {name}} matches one non-empty path segment. */
    static Route of(String method, String template, Action action) {
        String regex = Pattern.quote(template).replaceAll("\\{[A-Za-z]+}", "\\\\E([^/]+)\\\\Q");
        return new Route(method, Pattern.compile(regex), action);
    }

    /** The decoded path parameters, when the raw path matches. */
    Optional<List<String>> match(String rawPath) {
        Matcher matcher = path.matcher(rawPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        List<String> parameters = new ArrayList<>();
        for (int group = 1; group <= matcher.groupCount(); group++) {
            // Keep a literal '+' in a path segment: URLDecoder would read it as a space.
            parameters.add(URLDecoder.decode(matcher.group(group).replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return Optional.of(parameters);
    }
}
