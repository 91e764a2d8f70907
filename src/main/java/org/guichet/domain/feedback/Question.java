package org.guichet.domain.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One question of the questionnaire. {@code notice} is the extra warning under a free-text field;
 * {@code channels} is set only for questions asked once per administration channel.
 */
public record Question(
        FieldCode field,
        QuestionKind kind,
        Wording label,
        Optional<Wording> hint,
        Optional<Wording> notice,
        Optional<ScaleEnds> scaleEnds,
        List<Option> options,
        List<ChannelHeading> channels,
        boolean required,
        boolean hiddenByDefault) {

    public Question {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(scaleEnds, "scaleEnds");
        options = List.copyOf(options);
        channels = List.copyOf(channels);
    }

    /** Every text of the question, in reading order. */
    public List<Wording> wordings() {
        List<Wording> wordings = new ArrayList<>();
        wordings.add(label);
        hint.ifPresent(wordings::add);
        notice.ifPresent(wordings::add);
        scaleEnds.ifPresent(ends -> wordings.addAll(List.of(ends.lowest(), ends.highest())));
        channels.forEach(channel -> wordings.add(channel.heading()));
        options.forEach(option -> wordings.add(option.wording()));
        return wordings;
    }
}
