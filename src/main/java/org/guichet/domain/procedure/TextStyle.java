package org.guichet.domain.procedure;

public enum TextStyle {
    /** {@code MiseEnEvidence} */
    EMPHASIS,
    /** {@code Valeur}: an official figure such as "86 €" or "50 %". */
    VALUE,
    /** {@code Exposant} */
    SUPERSCRIPT,
    /** {@code Citation}: words to write exactly, such as "Vendu le …". */
    QUOTATION,
    /** {@code Expression}: the name of a thing, such as a service. */
    EXPRESSION
}
