package org.guichet.domain.feedback;

/** Step 1, the three smileys of "De façon générale, comment ça s'est passé ?". */
public enum Satisfaction implements OfficialChoice {
    BAD("bad"),
    MEDIUM("medium"),
    GOOD("good");

    private final String value;

    Satisfaction(String value) {
        this.value = value;
    }

    @Override
    public FieldCode field() {
        return FieldCode.SATISFACTION;
    }

    @Override
    public String code() {
        return value;
    }

    @Override
    public String officialValue() {
        return value;
    }
}
