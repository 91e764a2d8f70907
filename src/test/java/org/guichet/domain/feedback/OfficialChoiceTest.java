package org.guichet.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficialChoiceTest {

    @Test
    void keysAreBuiltFromTheFieldCodeAndAStableCode() {
        assertThat(Satisfaction.GOOD.key()).isEqualTo("feedback.satisfaction.good");
        assertThat(HelpChannel.NO_HELP_NEEDED.key()).isEqualTo("feedback.contact_tried.no_help_needed");
        assertThat(ContactReached.YES.key()).isEqualTo("feedback.contact_reached.yes");
        assertThat(HelpQuality.NEITHER.key()).isEqualTo("feedback.contact_satisfaction.neither");
    }

    @Test
    void choicesAreFoundByTheValueTheOfficialFormStores() {
        assertThat(OfficialChoice.ofOfficialValue(HelpChannel.class, "Par téléphone avec l’administration"))
                .contains(HelpChannel.PHONE);
        assertThat(OfficialChoice.ofOfficialValue(HelpChannel.class, "Par téléphone avec l'administration")).isEmpty();
        assertThat(OfficialChoice.ofOfficialValue(HelpQuality.class, "Ni bonne, ni mauvaise"))
                .contains(HelpQuality.NEITHER);
    }

    @Test
    void onlyTheFourAdministrationChannelsLeadToTheReachedQuestion() {
        assertThat(HelpChannel.administrationChannels())
                .containsExactly(HelpChannel.COUNTER, HelpChannel.PHONE, HelpChannel.EMAIL, HelpChannel.CHAT);
    }
}
