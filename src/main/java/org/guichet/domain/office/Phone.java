package org.guichet.domain.office;

/** A phone number as published ("03 44 73 08 09") and what it is for (free text, may be empty). */
public record Phone(String number, String description) {
    public Phone {
        number = Texts.orEmpty(number);
        if (number.isEmpty()) {
            throw new IllegalArgumentException("A phone needs a number");
        }
        description = Texts.orEmpty(description);
    }
}
