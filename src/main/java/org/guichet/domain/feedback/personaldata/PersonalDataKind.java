package org.guichet.domain.feedback.personaldata;

/** The kinds of personal data the guard looks for in free text. */
public enum PersonalDataKind {
    EMAIL("email"),
    PHONE("phone"),
    /** Numéro d'inscription au répertoire, the social-security number. */
    NIR("nir"),
    IBAN("iban"),
    /** Numéro fiscal (SPI) of the tax administration. */
    TAX_NUMBER("tax_number"),
    /** Numéro allocataire of the CAF. */
    CAF_NUMBER("caf_number");

    private final String code;

    PersonalDataKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Translation key of the kind's name, e.g. {@code personal_data.email}. */
    public String key() {
        return "personal_data." + code;
    }
}
