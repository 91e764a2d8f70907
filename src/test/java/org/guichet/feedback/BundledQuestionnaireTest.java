package org.guichet.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.feedback.ChannelHeading;
import org.guichet.domain.feedback.FieldCode;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.Option;
import org.guichet.domain.feedback.Question;
import org.guichet.domain.feedback.QuestionKind;
import org.guichet.domain.feedback.Questionnaire;
import org.guichet.domain.feedback.Step;
import org.guichet.domain.feedback.StepCode;
import org.guichet.domain.feedback.Wording;
import org.junit.jupiter.api.Test;

class BundledQuestionnaireTest {

    private static final Questionnaire QUESTIONNAIRE = BundledQuestionnaire.load();

    @Test
    void hasTheFourStepsOfTheRootFormInOrder() {
        assertThat(QUESTIONNAIRE.slug()).isEqualTo("root");
        assertThat(QUESTIONNAIRE.title().french()).isEqualTo("Évaluation de la satisfaction usager");
        assertThat(QUESTIONNAIRE.steps()).extracting(Step::code)
                .containsExactly(StepCode.EXPERIENCE, StepCode.CLARITY, StepCode.HELP, StepCode.COMMENT);
        assertThat(QUESTIONNAIRE.steps()).extracting(step -> step.title().french())
                .containsExactly("Expérience générale", "Clarté", "Aides", "Commentaire");
        assertThat(QUESTIONNAIRE.steps()).extracting(step -> step.questions().stream().map(Question::field).toList())
                .containsExactly(
                        List.of(FieldCode.SATISFACTION),
                        List.of(FieldCode.COMPREHENSION),
                        List.of(FieldCode.CONTACT_TRIED, FieldCode.CONTACT_REACHED, FieldCode.CONTACT_SATISFACTION),
                        List.of(FieldCode.VERBATIM, FieldCode.CONTACT_EMAIL));
    }

    @Test
    void everyStepQuestionAndOptionEqualsTheFile() throws IOException {
        JsonArray steps = rawFile().getAsJsonArray("steps");
        assertThat(QUESTIONNAIRE.steps()).hasSize(steps.size());
        for (int index = 0; index < steps.size(); index++) {
            JsonObject rawStep = steps.get(index).getAsJsonObject();
            Step step = QUESTIONNAIRE.steps().get(index);
            assertThat(step.code().position()).isEqualTo(rawStep.get("position").getAsInt());
            assertThat(step.title().french()).isEqualTo(rawStep.get("title").getAsString());
            assertThat(step.hideable()).isEqualTo(rawStep.get("hideable").getAsBoolean());
            List<JsonObject> rawQuestions = new ArrayList<>();
            for (JsonElement block : rawStep.getAsJsonArray("blocks")) {
                if (block.getAsJsonObject().get("field_code").getAsString().equals("introduction")) {
                    assertThat(step.introduction()).map(Wording::french)
                            .contains(block.getAsJsonObject().get("content").getAsString());
                } else {
                    rawQuestions.add(block.getAsJsonObject());
                }
            }
            assertThat(step.questions()).hasSize(rawQuestions.size());
            for (int question = 0; question < rawQuestions.size(); question++) {
                assertQuestionEqualsBlock(step.questions().get(question), rawQuestions.get(question));
            }
        }
    }

    private static void assertQuestionEqualsBlock(Question question, JsonObject block) {
        assertThat(question.field().code()).isEqualTo(block.get("field_code").getAsString());
        assertThat(question.label().french()).isEqualTo(block.get("label").getAsString());
        assertThat(question.hint().map(Wording::french)).isEqualTo(text(block, "hint"));
        assertThat(question.required()).isEqualTo(block.has("required") && block.get("required").getAsBoolean());
        List<String> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (block.has("options")) {
            for (JsonElement option : block.getAsJsonArray("options")) {
                JsonObject raw = option.getAsJsonObject();
                values.add(raw.get("value").getAsString());
                labels.add(text(raw, "label").orElse(raw.get("value").getAsString()));
            }
        }
        assertThat(question.options()).extracting(Option::officialValue).containsExactlyElementsOf(values);
        assertThat(question.options()).extracting(option -> option.wording().french()).containsExactlyElementsOf(labels);
        List<String> headings = new ArrayList<>();
        if (block.has("per_channel")) {
            block.getAsJsonArray("per_channel").forEach(heading -> headings.add(heading.getAsString()));
        }
        assertThat(question.channels()).extracting(channel -> channel.heading().french())
                .containsExactlyElementsOf(headings);
    }

    @Test
    void stepOneIsTheRequiredSmileyScale() {
        Question satisfaction = QUESTIONNAIRE.question(FieldCode.SATISFACTION);

        assertThat(satisfaction.kind()).isEqualTo(QuestionKind.SMILEYS);
        assertThat(satisfaction.required()).isTrue();
        assertThat(satisfaction.label().french()).isEqualTo("De façon générale, comment ça s'est passé ?");
        assertThat(satisfaction.options()).extracting(Option::officialValue).containsExactly("bad", "medium", "good");
        assertThat(satisfaction.options()).extracting(option -> option.wording().french())
                .containsExactly("Pas bien", "Moyen", "Très bien");
        assertThat(QUESTIONNAIRE.step(StepCode.EXPERIENCE).hideable()).isFalse();
        assertThat(QUESTIONNAIRE.step(StepCode.EXPERIENCE).introduction()).map(Wording::french)
                .hasValueSatisfying(intro -> assertThat(intro).contains("{{title}}", "anonymes"));
    }

    @Test
    void clarityIsAOneToFiveMarkWithItsEndLabels() {
        Question comprehension = QUESTIONNAIRE.question(FieldCode.COMPREHENSION);

        assertThat(comprehension.kind()).isEqualTo(QuestionKind.MARK);
        assertThat(comprehension.required()).isFalse();
        assertThat(comprehension.options()).extracting(Option::officialValue).containsExactly("1", "2", "3", "4", "5");
        assertThat(comprehension.scaleEnds()).hasValueSatisfying(ends -> {
            assertThat(ends.lowest().french()).isEqualTo("Pas clair du tout");
            assertThat(ends.highest().french()).isEqualTo("Très clair");
        });
    }

    @Test
    void helpChannelsAreSeveralChoicesWithOneExclusive() {
        Question tried = QUESTIONNAIRE.question(FieldCode.CONTACT_TRIED);

        assertThat(tried.kind()).isEqualTo(QuestionKind.CHECKBOXES);
        assertThat(tried.options()).extracting(Option::officialValue)
                .containsExactlyElementsOf(List.of(HelpChannel.values()).stream().map(HelpChannel::officialValue).toList());
        assertThat(tried.options()).filteredOn(Option::exclusive).extracting(Option::officialValue)
                .containsExactly("Je n'ai pas eu besoin d'aide");
    }

    @Test
    void reachedAndQualityAreAskedPerAdministrationChannel() {
        Question reached = QUESTIONNAIRE.question(FieldCode.CONTACT_REACHED);
        Question quality = QUESTIONNAIRE.question(FieldCode.CONTACT_SATISFACTION);

        assertThat(List.of(reached.kind(), quality.kind())).containsOnly(QuestionKind.RADIOS_PER_CHANNEL);
        assertThat(reached.channels()).extracting(ChannelHeading::channel)
                .containsExactlyElementsOf(HelpChannel.administrationChannels());
        assertThat(quality.channels()).extracting(ChannelHeading::channel)
                .containsExactlyElementsOf(HelpChannel.administrationChannels());
        assertThat(quality.channels()).extracting(channel -> channel.heading().french())
                .containsExactly("Au guichet", "Par téléphone", "Par e-mail", "Par chat");
        assertThat(reached.options()).extracting(option -> option.wording().french()).containsExactly("Oui", "Non");
        assertThat(quality.options()).extracting(option -> option.wording().french())
                .containsExactly("Très mauvaise", "Mauvaise", "Ni bonne, ni mauvaise", "Bonne", "Excellente");
    }

    @Test
    void commentCarriesTheOfficialWarningAndTheEmailIsHiddenByDefault() {
        Question verbatim = QUESTIONNAIRE.question(FieldCode.VERBATIM);

        assertThat(verbatim.kind()).isEqualTo(QuestionKind.TEXT);
        assertThat(verbatim.hint()).map(Wording::french).contains("Ne partagez pas d'information personnelle.");
        assertThat(verbatim.notice()).map(Wording::french).hasValueSatisfying(notice ->
                assertThat(notice).startsWith("Votre réponse est anonyme."));
        assertThat(QUESTIONNAIRE.question(FieldCode.CONTACT_EMAIL).hiddenByDefault()).isTrue();
        assertThat(verbatim.hiddenByDefault()).isFalse();
    }

    @Test
    void everyTextHasAStableTranslationKey() {
        assertThat(QUESTIONNAIRE.wordings()).extracting(Wording::key).containsExactly(
                "feedback.title",
                "feedback.step.experience", "feedback.introduction", "feedback.satisfaction.label",
                "feedback.satisfaction.bad", "feedback.satisfaction.medium", "feedback.satisfaction.good",
                "feedback.step.clarity", "feedback.comprehension.label", "feedback.comprehension.hint",
                "feedback.comprehension.lowest", "feedback.comprehension.highest",
                "feedback.comprehension.1", "feedback.comprehension.2", "feedback.comprehension.3",
                "feedback.comprehension.4", "feedback.comprehension.5",
                "feedback.step.help", "feedback.contact_tried.label", "feedback.contact_tried.hint",
                "feedback.contact_tried.counter", "feedback.contact_tried.phone", "feedback.contact_tried.email",
                "feedback.contact_tried.chat", "feedback.contact_tried.relative", "feedback.contact_tried.association",
                "feedback.contact_tried.websites", "feedback.contact_tried.other",
                "feedback.contact_tried.no_help_needed",
                "feedback.contact_reached.label",
                "feedback.contact_reached.channel.counter", "feedback.contact_reached.channel.phone",
                "feedback.contact_reached.channel.email", "feedback.contact_reached.channel.chat",
                "feedback.contact_reached.yes", "feedback.contact_reached.no",
                "feedback.contact_satisfaction.label",
                "feedback.contact_satisfaction.channel.counter", "feedback.contact_satisfaction.channel.phone",
                "feedback.contact_satisfaction.channel.email", "feedback.contact_satisfaction.channel.chat",
                "feedback.contact_satisfaction.very_bad", "feedback.contact_satisfaction.bad",
                "feedback.contact_satisfaction.neither", "feedback.contact_satisfaction.good",
                "feedback.contact_satisfaction.excellent",
                "feedback.step.comment", "feedback.verbatim.label", "feedback.verbatim.hint", "feedback.verbatim.notice",
                "feedback.contact_email.label", "feedback.contact_email.hint");
    }

    @Test
    void bundledFileIsTheVerbatimCopyRecordedInSources() throws IOException, NoSuchAlgorithmException {
        byte[] bundled;
        try (InputStream in = BundledQuestionnaire.class.getResourceAsStream(BundledQuestionnaire.RESOURCE)) {
            bundled = in.readAllBytes();
        }
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bundled));

        assertThat(Files.readString(Path.of("assets/jdma/SOURCES.md"))).contains(sha256);
    }

    @Test
    void refusesAFileWhoseValuesTheDomainDoesNotKnow() {
        String renamedSmiley = """
                {"slug": "root", "title": "t", "steps": [{"position": 0, "title": "s", "hideable": false, "blocks": [
                  {"field_code": "satisfaction", "type": "smiley_input", "label": "l", "required": true,
                   "options": [{"value": "very_good", "label": "Super"}]}]}]}
                """;

        assertThatThrownBy(() -> BundledQuestionnaire.read(new StringReader(renamedSmiley)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("very_good");
    }

    @Test
    void refusesAnUnknownField() {
        String unknownField = """
                {"slug": "root", "title": "t", "steps": [{"position": 0, "title": "s", "hideable": false, "blocks": [
                  {"field_code": "easy", "type": "smiley_input", "label": "l"}]}]}
                """;

        assertThatThrownBy(() -> BundledQuestionnaire.read(new StringReader(unknownField)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("easy");
    }

    private static JsonObject rawFile() throws IOException {
        try (InputStream in = BundledQuestionnaire.class.getResourceAsStream(BundledQuestionnaire.RESOURCE)) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    private static Optional<String> text(JsonObject object, String member) {
        return object.has(member) ? Optional.of(object.get(member).getAsString()) : Optional.empty();
    }
}
