package org.guichet.appointments;

import com.google.gson.Gson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

/**
 * Gson conversion that reads a response body whole before parsing it, so that a connection lost
 * mid-body stays a plain {@link IOException} while a body that arrived but does not parse (or is
 * JSON {@code null}) becomes a {@link MalformedResponseException}.
 */
final class WholeBodyGsonConverters extends Converter.Factory {
    private final GsonConverterFactory gson;

    WholeBodyGsonConverters(Gson gson) {
        this.gson = GsonConverterFactory.create(gson);
    }

    @Override
    public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Converter<ResponseBody, ?> parser = gson.responseBodyConverter(type, annotations, retrofit);
        return body -> {
            MediaType contentType = body.contentType();
            String text;
            try (body) {
                text = body.string();
            }
            Object value;
            try {
                value = parser.convert(ResponseBody.create(text, contentType));
            } catch (IOException | RuntimeException e) {
                throw new MalformedResponseException(e);
            }
            if (value == null) {
                throw new MalformedResponseException(null);
            }
            return value;
        };
    }

    @Override
    public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
                                                          Annotation[] methodAnnotations, Retrofit retrofit) {
        return gson.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
    }
}
