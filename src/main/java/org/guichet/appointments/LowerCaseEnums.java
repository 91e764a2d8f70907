package org.guichet.appointments;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Enum constants as lower-case strings ("on_site", "monday"); a constant this app does not know reads as null. */
final class LowerCaseEnums implements TypeAdapterFactory {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!raw.isEnum()) {
            return null;
        }
        return (TypeAdapter<T>) new Adapter((Class<? extends Enum>) raw).nullSafe();
    }

    private static final class Adapter<E extends Enum<E>> extends TypeAdapter<E> {
        private final Map<String, E> byWireName = new HashMap<>();

        Adapter(Class<E> type) {
            for (E constant : type.getEnumConstants()) {
                byWireName.put(wireName(constant), constant);
            }
        }

        @Override
        public void write(JsonWriter out, E value) throws IOException {
            out.value(wireName(value));
        }

        @Override
        public E read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.STRING) {
                throw new com.google.gson.JsonSyntaxException("Expected a string at " + in.getPath());
            }
            return byWireName.get(in.nextString());
        }

        private static String wireName(Enum<?> constant) {
            return constant.name().toLowerCase(Locale.ROOT);
        }
    }
}
