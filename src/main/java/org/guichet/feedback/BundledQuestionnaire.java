package org.guichet.feedback;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.guichet.domain.feedback.Questionnaire;

/** Reads the official JDMA questionnaire bundled with the app (see assets/jdma/SOURCES.md). */
public final class BundledQuestionnaire {

    public static final String RESOURCE = "/assets/jdma/jdma-root-form-questionnaire.json";

    private BundledQuestionnaire() {
    }

    public static Questionnaire load() {
        try (InputStream in = BundledQuestionnaire.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    static Questionnaire read(Reader json) {
        try {
            QuestionnaireJson file = new Gson().fromJson(json, QuestionnaireJson.class);
            if (file == null) {
                throw new IllegalStateException("Empty questionnaire");
            }
            return QuestionnaireMapper.toQuestionnaire(file);
        } catch (JsonParseException e) {
            throw new IllegalStateException("Malformed questionnaire", e);
        }
    }
}
