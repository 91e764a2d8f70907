package org.guichet.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.guichet.domain.feedback.AnswerRules;
import org.guichet.domain.feedback.ChannelHeading;
import org.guichet.domain.feedback.ContactReached;
import org.guichet.domain.feedback.FieldCode;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.HelpQuality;
import org.guichet.domain.feedback.OfficialChoice;
import org.guichet.domain.feedback.Option;
import org.guichet.domain.feedback.Question;
import org.guichet.domain.feedback.QuestionKind;
import org.guichet.domain.feedback.Questionnaire;
import org.guichet.domain.feedback.Satisfaction;
import org.guichet.domain.feedback.ScaleEnds;
import org.guichet.domain.feedback.Step;
import org.guichet.domain.feedback.StepCode;
import org.guichet.domain.feedback.Wording;
import org.guichet.feedback.QuestionnaireJson.BlockJson;
import org.guichet.feedback.QuestionnaireJson.OptionJson;
import org.guichet.feedback.QuestionnaireJson.StepJson;

/**
 * Turns the questionnaire file into the domain model, giving each text its translation key. Fails
 * on anything the domain has no code for, so a changed file cannot silently drift from the rules.
 */
final class QuestionnaireMapper {

    private static final String INTRODUCTION = "introduction";

    private QuestionnaireMapper() {
    }

    static Questionnaire toQuestionnaire(QuestionnaireJson file) {
        List<Step> steps = file.steps().stream().map(QuestionnaireMapper::toStep).toList();
        return new Questionnaire(file.slug(), new Wording("feedback.title", file.title()), steps);
    }

    private static Step toStep(StepJson step) {
        if (step.position() < 0 || step.position() >= StepCode.values().length) {
            throw invalid("step position " + step.position());
        }
        StepCode code = StepCode.values()[step.position()];
        Optional<Wording> introduction = Optional.empty();
        List<Question> questions = new ArrayList<>();
        for (BlockJson block : step.blocks()) {
            if (INTRODUCTION.equals(block.fieldCode())) {
                introduction = Optional.of(new Wording("feedback." + INTRODUCTION, block.content()));
            } else {
                questions.add(toQuestion(block));
            }
        }
        return new Step(code, new Wording(code.key(), step.title()), step.hideable(), introduction, questions);
    }

    /** The file's {@code upLabel} is the top word of the clarity scale, but the warning under the comment. */
    private static Question toQuestion(BlockJson block) {
        FieldCode field = FieldCode.ofCode(block.fieldCode()).orElseThrow(() -> invalid("field " + block.fieldCode()));
        return new Question(
                field,
                kindOf(block.type()),
                new Wording(field.key("label"), block.label()),
                wording(field.key("hint"), block.hint()),
                field == FieldCode.VERBATIM ? wording(field.key("notice"), block.upLabel()) : Optional.empty(),
                field == FieldCode.COMPREHENSION ? Optional.of(scaleEnds(field, block)) : Optional.empty(),
                options(field, block),
                channels(field, block),
                block.required(),
                block.hiddenByDefault());
    }

    private static QuestionKind kindOf(String type) {
        return switch (type) {
            case "smiley_input" -> QuestionKind.SMILEYS;
            case "mark_input" -> QuestionKind.MARK;
            case "checkbox" -> QuestionKind.CHECKBOXES;
            case "heading_3 + one radio per channel" -> QuestionKind.RADIOS_PER_CHANNEL;
            case "input_text_area" -> QuestionKind.TEXT;
            case "input_email" -> QuestionKind.EMAIL;
            default -> throw invalid("block type " + type);
        };
    }

    private static ScaleEnds scaleEnds(FieldCode field, BlockJson block) {
        if (block.downLabel() == null || block.upLabel() == null) {
            throw invalid(field.code() + " without its end labels");
        }
        return new ScaleEnds(new Wording(field.key("lowest"), block.downLabel()),
                new Wording(field.key("highest"), block.upLabel()));
    }

    private static List<Option> options(FieldCode field, BlockJson block) {
        if (block.options() == null) {
            return List.of();
        }
        List<Option> options = block.options().stream().map(option -> toOption(field, option)).toList();
        if (field == FieldCode.COMPREHENSION) {
            checkMarks(options);
        }
        return options;
    }

    private static Option toOption(FieldCode field, OptionJson option) {
        String key = switch (field) {
            case SATISFACTION -> choice(Satisfaction.class, option.value()).key();
            case CONTACT_TRIED -> helpChannel(option).key();
            case CONTACT_REACHED -> choice(ContactReached.class, option.value()).key();
            case CONTACT_SATISFACTION -> choice(HelpQuality.class, option.value()).key();
            case COMPREHENSION -> field.key(option.value());
            case VERBATIM, CONTACT_EMAIL -> throw invalid(field.code() + " with options");
        };
        return new Option(option.value(), new Wording(key, option.shownLabel()), option.isolated());
    }

    private static HelpChannel helpChannel(OptionJson option) {
        HelpChannel channel = choice(HelpChannel.class, option.value());
        if (channel.isExclusive() != option.isolated()) {
            throw invalid("exclusivity of " + option.value());
        }
        return channel;
    }

    private static void checkMarks(List<Option> options) {
        List<String> expected = new ArrayList<>();
        for (int mark = AnswerRules.COMPREHENSION_LOWEST; mark <= AnswerRules.COMPREHENSION_HIGHEST; mark++) {
            expected.add(Integer.toString(mark));
        }
        if (!options.stream().map(Option::officialValue).toList().equals(expected)) {
            throw invalid("comprehension scale");
        }
    }

    private static <C extends Enum<C> & OfficialChoice> C choice(Class<C> type, String value) {
        return OfficialChoice.ofOfficialValue(type, value)
                .orElseThrow(() -> invalid(type.getSimpleName() + " value " + value));
    }

    /** Headings name a channel in full or by the start of its name ("Au guichet"). */
    private static List<ChannelHeading> channels(FieldCode field, BlockJson block) {
        if (block.perChannel() == null) {
            return List.of();
        }
        return block.perChannel().stream().map(heading -> {
            List<HelpChannel> named = HelpChannel.administrationChannels().stream()
                    .filter(channel -> channel.officialValue().startsWith(heading)).toList();
            if (named.size() != 1) {
                throw invalid("channel heading " + heading);
            }
            HelpChannel channel = named.get(0);
            return new ChannelHeading(channel, new Wording(field.key("channel." + channel.code()), heading));
        }).toList();
    }

    private static Optional<Wording> wording(String key, String french) {
        return Optional.ofNullable(french).map(text -> new Wording(key, text));
    }

    private static IllegalStateException invalid(String what) {
        return new IllegalStateException("Bundled JDMA questionnaire: unexpected " + what);
    }
}
