package org.guichet.domain.feedback;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What one person answered so far, step by step. Any value can be held, even an inconsistent one:
 * {@link AnswerRules} says what is wrong with it. An empty {@code verbatim} means no comment.
 * Like the official form, changing an answer forgets the answers that depended on it.
 */
public record FeedbackAnswers(
        Optional<Satisfaction> satisfaction,
        OptionalInt comprehension,
        Set<HelpChannel> contactTried,
        Map<HelpChannel, ContactReached> contactReached,
        Map<HelpChannel, HelpQuality> contactSatisfaction,
        String verbatim) {

    public FeedbackAnswers {
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(comprehension, "comprehension");
        Objects.requireNonNull(verbatim, "verbatim");
        contactTried = Set.copyOf(contactTried);
        contactReached = Map.copyOf(contactReached);
        contactSatisfaction = Map.copyOf(contactSatisfaction);
    }

    public static FeedbackAnswers none() {
        return new FeedbackAnswers(Optional.empty(), OptionalInt.empty(), Set.of(), Map.of(), Map.of(), "");
    }

    public FeedbackAnswers withSatisfaction(Satisfaction value) {
        return new FeedbackAnswers(Optional.of(value), comprehension, contactTried, contactReached,
                contactSatisfaction, verbatim);
    }

    public FeedbackAnswers withComprehension(int mark) {
        return new FeedbackAnswers(satisfaction, OptionalInt.of(mark), contactTried, contactReached,
                contactSatisfaction, verbatim);
    }

    /** Also forgets whether the administration was reached, and how well it helped, on channels no longer ticked. */
    public FeedbackAnswers withContactTried(HelpChannel... channels) {
        Set<HelpChannel> tried = EnumSet.noneOf(HelpChannel.class);
        tried.addAll(List.of(channels));
        return new FeedbackAnswers(satisfaction, comprehension, tried, onlyFor(tried, contactReached),
                onlyFor(tried, contactSatisfaction), verbatim);
    }

    /** Answering that the administration was not reached forgets the quality of its help on that channel. */
    public FeedbackAnswers withContactReached(HelpChannel channel, ContactReached reached) {
        Map<HelpChannel, ContactReached> all = new EnumMap<>(HelpChannel.class);
        all.putAll(contactReached);
        all.put(channel, reached);
        Map<HelpChannel, HelpQuality> quality = new EnumMap<>(HelpChannel.class);
        quality.putAll(contactSatisfaction);
        if (reached != ContactReached.YES) {
            quality.remove(channel);
        }
        return new FeedbackAnswers(satisfaction, comprehension, contactTried, all, quality, verbatim);
    }

    public FeedbackAnswers withContactSatisfaction(HelpChannel channel, HelpQuality quality) {
        Map<HelpChannel, HelpQuality> all = new EnumMap<>(HelpChannel.class);
        all.putAll(contactSatisfaction);
        all.put(channel, quality);
        return new FeedbackAnswers(satisfaction, comprehension, contactTried, contactReached, all, verbatim);
    }

    public FeedbackAnswers withVerbatim(String text) {
        return new FeedbackAnswers(satisfaction, comprehension, contactTried, contactReached, contactSatisfaction, text);
    }

    private static <A> Map<HelpChannel, A> onlyFor(Set<HelpChannel> channels, Map<HelpChannel, A> answers) {
        Map<HelpChannel, A> kept = new EnumMap<>(HelpChannel.class);
        answers.forEach((channel, answer) -> {
            if (channels.contains(channel)) {
                kept.put(channel, answer);
            }
        });
        return kept;
    }
}
