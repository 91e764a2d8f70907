package org.guichet.domain.feedback;

import java.util.Arrays;
import java.util.Optional;

/** The JDMA field codes of the root form, as stored with each official answer ({@code field_code}). */
public enum FieldCode {
    SATISFACTION("satisfaction"),
    COMPREHENSION("comprehension"),
    CONTACT_TRIED("contact_tried"),
    CONTACT_REACHED("contact_reached"),
    CONTACT_SATISFACTION("contact_satisfaction"),
    VERBATIM("verbatim"),
    CONTACT_EMAIL("contact_email");

    private final String code;

    FieldCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Translation key of one text of this field, e.g. {@code feedback.satisfaction.label}. */
    public String key(String part) {
        return "feedback." + code + "." + part;
    }

    public static Optional<FieldCode> ofCode(String code) {
        return Arrays.stream(values()).filter(field -> field.code.equals(code)).findFirst();
    }
}
