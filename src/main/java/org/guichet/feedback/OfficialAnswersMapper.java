package org.guichet.feedback;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.guichet.domain.feedback.ContactReached;
import org.guichet.domain.feedback.FeedbackAnswers;
import org.guichet.domain.feedback.HelpChannel;
import org.guichet.domain.feedback.HelpQuality;
import org.guichet.domain.feedback.OfficialChoice;
import org.guichet.domain.feedback.Satisfaction;

/** Between the domain's answers and their official wire form; channels always in the form's order. */
public final class OfficialAnswersMapper {
    private OfficialAnswersMapper() {
    }

    public static OfficialAnswers toWire(FeedbackAnswers answers) {
        return new OfficialAnswers(
                answers.satisfaction().map(Satisfaction::officialValue).orElse(null),
                answers.comprehension().isPresent() ? answers.comprehension().getAsInt() : null,
                answers.contactTried().stream().sorted().map(HelpChannel::officialValue).toList(),
                perChannel(answers.contactReached()),
                perChannel(answers.contactSatisfaction()),
                answers.verbatim().isEmpty() ? null : answers.verbatim());
    }

    /** @throws IllegalArgumentException naming the field when a value is not one of the official form */
    public static FeedbackAnswers toDomain(OfficialAnswers wire) {
        Set<HelpChannel> tried = EnumSet.noneOf(HelpChannel.class);
        listOrEmpty(wire.contactTried()).forEach(value -> tried.add(choice(HelpChannel.class, value, "contact_tried")));
        Map<HelpChannel, ContactReached> reached = new EnumMap<>(HelpChannel.class);
        listOrEmpty(wire.contactReached()).forEach(answer -> reached.put(
                channel(answer, "contact_reached"), choice(ContactReached.class, answer.answer(), "contact_reached")));
        Map<HelpChannel, HelpQuality> quality = new EnumMap<>(HelpChannel.class);
        listOrEmpty(wire.contactSatisfaction()).forEach(answer -> quality.put(
                channel(answer, "contact_satisfaction"),
                choice(HelpQuality.class, answer.answer(), "contact_satisfaction")));
        Optional<Satisfaction> satisfaction = Optional.ofNullable(wire.satisfaction())
                .map(value -> choice(Satisfaction.class, value, "satisfaction"));
        OptionalInt comprehension = wire.comprehension() == null ? OptionalInt.empty()
                : OptionalInt.of(wire.comprehension());
        return new FeedbackAnswers(satisfaction, comprehension, tried, reached, quality,
                wire.verbatim() == null ? "" : wire.verbatim());
    }

    private static <A extends OfficialChoice> List<ChannelAnswer> perChannel(Map<HelpChannel, A> answers) {
        return answers.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> new ChannelAnswer(entry.getKey().officialValue(), entry.getValue().officialValue()))
                .toList();
    }

    private static HelpChannel channel(ChannelAnswer answer, String field) {
        if (answer == null) {
            throw new IllegalArgumentException(field + " holds a null answer");
        }
        return choice(HelpChannel.class, answer.channel(), field);
    }

    private static <C extends Enum<C> & OfficialChoice> C choice(Class<C> type, String value, String field) {
        return OfficialChoice.ofOfficialValue(type, value)
                .orElseThrow(() -> new IllegalArgumentException(field + " holds a value the official form does not have"));
    }

    private static <T> List<T> listOrEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
