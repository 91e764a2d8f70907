package org.guichet.domain.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OfficeTest {

    private static Office office(String inseeCode, List<Address> addresses) {
        return new Office("id", "Mairie", null, List.of("mairie"), inseeCode, addresses, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null, List.of(), null, null,
                null, null);
    }

    private static Address address(Address.Kind kind, String commune) {
        return new Address(kind, List.of(), "", commune, "", null, null, null, null);
    }

    @ParameterizedTest
    @CsvSource(value = {"45234,45", "2A004,2A", "2B033,2B", "97411,974", "97611,976", "98735,987", "75056,75",
            "'',''", "9,''", "97,''"})
    void derivesTheDepartmentFromTheInseeCode(String inseeCode, String department) {
        assertThat(office(inseeCode, List.of()).departmentCode()).isEqualTo(department);
    }

    @Test
    void absentTextIsEmptyNeverNull() {
        Office office = office(null, List.of());
        assertThat(office.acronym()).isEmpty();
        assertThat(office.inseeCode()).isEmpty();
        assertThat(office.contactFormUrl()).isEmpty();
        assertThat(office.updatedAt()).isNull();
    }

    @Test
    void needsAnIdAndAName() {
        assertThatThrownBy(() -> new Office(" ", "Mairie", null, List.of(), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), null, null, List.of(), List.of(), null, List.of(), null, null, null,
                null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void visitAddressPrefersThePhysicalOne() {
        Address postal = address(Address.Kind.POSTAL, "Paris Cedex 07");
        Address physical = address(Address.Kind.PHYSICAL, "Paris");

        assertThat(office("75056", List.of(postal, physical)).visitAddress()).contains(physical);
        assertThat(office("75056", List.of(postal)).visitAddress()).contains(postal);
        assertThat(office("75056", List.of()).visitAddress()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"ACC,ACCESSIBLE", "nac,NOT_ACCESSIBLE", "DEM,ON_REQUEST", "'',UNKNOWN", "XYZ,UNKNOWN"})
    void readsAccessibilityCodes(String code, Accessibility accessibility) {
        assertThat(Accessibility.fromCode(code)).isEqualTo(accessibility);
    }

    @Test
    void partsNeedTheirEssentialValue() {
        assertThatThrownBy(() -> new Phone(" ", "Standard")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Link("Site", "")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Address(Address.Kind.PHYSICAL, List.of("", " 1 rue X "), null, null, null, 1.0, null, null, null))
                .satisfies(address -> {
                    assertThat(address.lines()).containsExactly("1 rue X");
                    assertThat(address.hasCoordinates()).isFalse();
                    assertThat(address.accessibility()).isEqualTo(Accessibility.UNKNOWN);
                });
    }

    @Test
    void textLosesControlCharactersAndLoneSurrogatesButKeepsLineBreaksTabsAndEmoji() {
        assertThat(new Phone("01\u0000 02", "Standard\nle matin\tseulement\u0007").description())
                .isEqualTo("Standard\nle matin\tseulement");
        assertThat(new Phone("01\u0000 02", "").number()).isEqualTo("01 02");
        assertThat(new Link("\uD83C\uDFDB\uFE0F Mairie \uD83C", "https://x.fr").label())
                .isEqualTo("\uD83C\uDFDB\uFE0F Mairie");
    }
}
