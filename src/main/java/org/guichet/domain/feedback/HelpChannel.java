package org.guichet.domain.feedback;

import java.util.Arrays;
import java.util.List;

/** Step 3, the choices of "avez-vous tenté d’obtenir de l’aide par l’un des moyens suivants ?". */
public enum HelpChannel implements OfficialChoice {
    COUNTER("counter", "Au guichet avec l’administration"),
    PHONE("phone", "Par téléphone avec l’administration"),
    EMAIL("email", "Par e-mail avec l’administration"),
    CHAT("chat", "Par chat avec l’administration"),
    RELATIVE("relative", "Une personne proche"),
    ASSOCIATION("association", "Une association"),
    WEBSITES("websites", "Des sites internet"),
    OTHER("other", "Autres, précisez"),
    NO_HELP_NEEDED("no_help_needed", "Je n'ai pas eu besoin d'aide");

    private final String code;
    private final String officialValue;

    HelpChannel(String code, String officialValue) {
        this.code = code;
        this.officialValue = officialValue;
    }

    @Override
    public FieldCode field() {
        return FieldCode.CONTACT_TRIED;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String officialValue() {
        return officialValue;
    }

    /** A channel where the administration itself answers: the form then asks whether it was reached. */
    public boolean isAdministration() {
        return this == COUNTER || this == PHONE || this == EMAIL || this == CHAT;
    }

    /** Ticking it unticks every other choice. */
    public boolean isExclusive() {
        return this == NO_HELP_NEEDED;
    }

    public static List<HelpChannel> administrationChannels() {
        return Arrays.stream(values()).filter(HelpChannel::isAdministration).toList();
    }
}
