package org.guichet.domain.feedback;

import java.util.Arrays;
import java.util.Optional;

/** An answer option with the value the official form stores and a stable code for translation keys. */
public interface OfficialChoice {

    FieldCode field();

    /** Short ASCII code, stable across releases, e.g. {@code good}. */
    String code();

    /** The value stored by the official form, e.g. {@code good} or {@code Au guichet avec l’administration}. */
    String officialValue();

    /** Translation key of the option label, e.g. {@code feedback.satisfaction.good}. */
    default String key() {
        return field().key(code());
    }

    static <C extends Enum<C> & OfficialChoice> Optional<C> ofOfficialValue(Class<C> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(choice -> choice.officialValue().equals(value)).findFirst();
    }
}
