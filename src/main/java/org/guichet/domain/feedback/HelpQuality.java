package org.guichet.domain.feedback;

/** Step 3, per administration channel reached: the quality of the help obtained, worst first. */
public enum HelpQuality implements OfficialChoice {
    VERY_BAD("very_bad", "Très mauvaise"),
    BAD("bad", "Mauvaise"),
    NEITHER("neither", "Ni bonne, ni mauvaise"),
    GOOD("good", "Bonne"),
    EXCELLENT("excellent", "Excellente");

    private final String code;
    private final String officialValue;

    HelpQuality(String code, String officialValue) {
        this.code = code;
        this.officialValue = officialValue;
    }

    @Override
    public FieldCode field() {
        return FieldCode.CONTACT_SATISFACTION;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String officialValue() {
        return officialValue;
    }
}
