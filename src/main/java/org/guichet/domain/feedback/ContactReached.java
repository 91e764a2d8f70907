package org.guichet.domain.feedback;

/** Step 3, per administration channel: "avez-vous réussi à joindre l'administration ?". */
public enum ContactReached implements OfficialChoice {
    YES("yes", "Oui"),
    NO("no", "Non");

    private final String code;
    private final String officialValue;

    ContactReached(String code, String officialValue) {
        this.code = code;
        this.officialValue = officialValue;
    }

    @Override
    public FieldCode field() {
        return FieldCode.CONTACT_REACHED;
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
