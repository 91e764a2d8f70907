package org.guichet.appointments;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * The gateway's JSON dialect, shared by the client and the sandbox: ISO 8601 dates and date-times
 * with offsets, "HH:MM" times, lower-case enum constants, explicit nulls, strict parsing.
 */
public final class GatewayJson {
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private GatewayJson() {
    }

    public static Gson create() {
        return new GsonBuilder()
                .registerTypeAdapter(OffsetDateTime.class, textAdapter(
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, OffsetDateTime::parse).nullSafe())
                .registerTypeAdapter(LocalDate.class, textAdapter(LocalDate::toString, LocalDate::parse).nullSafe())
                .registerTypeAdapter(LocalTime.class, textAdapter(
                        HOURS_MINUTES::format, text -> LocalTime.parse(text, HOURS_MINUTES)).nullSafe())
                .registerTypeAdapterFactory(new LowerCaseEnums())
                .serializeNulls()
                .disableHtmlEscaping()
                .setStrictness(Strictness.STRICT)
                .create();
    }

    /** A value written as one JSON string; unparseable text is a malformed document. */
    private static <T> TypeAdapter<T> textAdapter(Function<T, String> format, Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(format.apply(value));
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() != JsonToken.STRING) {
                    throw new com.google.gson.JsonSyntaxException("Expected a string at " + in.getPath());
                }
                String text = in.nextString();
                try {
                    return parse.apply(text);
                } catch (RuntimeException e) {
                    throw new com.google.gson.JsonSyntaxException("Unparseable value at " + in.getPath(), e);
                }
            }
        };
    }
}
