package org.guichet.feedback;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/** The shape of the bundled questionnaire file, as Gson reads it; absent fields stay null. */
record QuestionnaireJson(String slug, String title, List<StepJson> steps) {

    record StepJson(int position, String title, boolean hideable, List<BlockJson> blocks) {
    }

    record BlockJson(
            @SerializedName("field_code") String fieldCode,
            String type,
            String label,
            String hint,
            String content,
            String downLabel,
            String upLabel,
            boolean required,
            @SerializedName("hidden_by_default") boolean hiddenByDefault,
            @SerializedName("per_channel") List<String> perChannel,
            List<OptionJson> options) {
    }

    record OptionJson(String value, String label, boolean isolated) {

        /** Options of per-channel questions have no label: the value is what the form shows. */
        String shownLabel() {
            return label == null ? value : label;
        }
    }
}
