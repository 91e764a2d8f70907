package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;
import org.guichet.domain.office.Accessibility;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Link;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;
import org.junit.jupiter.api.Test;

class DumpReaderTest {

    @Test
    void readsTheBreuxSurAvreDump() throws Exception {
        List<Office> offices = Samples.dump(Samples.text(Samples.BREUX_DUMP));

        assertThat(offices).singleElement().satisfies(mairie -> {
            assertThat(mairie.id()).isEqualTo("0b19da66-336b-4a4d-a56a-1bbf731ec306");
            assertThat(mairie.name()).isEqualTo("Mairie - Breux-sur-Avre");
            assertThat(mairie.types()).containsExactly("mairie");
            assertThat(mairie.inseeCode()).isEqualTo("27115");
            assertThat(mairie.departmentCode()).isEqualTo("27");
            assertThat(mairie.phones()).containsExactly(new Phone("02 32 32 50 76", ""));
            assertThat(mairie.emails()).containsExactly("mairie@breux-sur-avre.fr");
            assertThat(mairie.websites()).containsExactly(new Link("", "https://www.breux-sur-avre.fr"));
            assertThat(mairie.faxes()).isEmpty();
            assertThat(mairie.openingRanges()).containsExactly(
                    new OpeningRange(DayOfWeek.MONDAY, DayOfWeek.MONDAY,
                            List.of(new TimeSlot(LocalTime.of(16, 30), LocalTime.of(18, 30))), ""),
                    new OpeningRange(DayOfWeek.THURSDAY, DayOfWeek.THURSDAY,
                            List.of(new TimeSlot(LocalTime.of(16, 30), LocalTime.of(18, 30))), ""));
            assertThat(mairie.addresses()).containsExactly(new Address(Address.Kind.PHYSICAL,
                    List.of("10 ancienne route du Mans", "Le Bourg"), "27570", "Breux-sur-Avre", "",
                    48.76231, 1.081901, Accessibility.ACCESSIBLE, "rampe d'accès"));
            assertThat(mairie.updatedAt()).isEqualTo(LocalDateTime.of(2021, 12, 3, 7, 55, 1));
            assertThat(mairie.servicePublicUrl()).isEmpty();
        });
    }

    @Test
    void readsTheFontaineLePortRecordWithTwoSlotsAndAComment() throws Exception {
        List<Office> offices = Samples.dump(Samples.text(Samples.FONTAINE_RECORD));

        assertThat(offices).singleElement().satisfies(mairie -> {
            assertThat(mairie.id()).isEqualTo("00007e4d-264c-43a0-b0b7-7f3b7dd995ab");
            assertThat(mairie.name()).isEqualTo("Mairie - Fontaine-le-Port");
            assertThat(mairie.types()).containsExactly("mairie");
            assertThat(mairie.departmentCode()).isEqualTo("77");
            assertThat(mairie.phones()).containsExactly(new Phone("01 64 38 30 52", ""));
            assertThat(mairie.faxes()).containsExactly("01 64 38 36 07");
            assertThat(mairie.emails()).containsExactly("mairie-xxxxx@yyyy.fr");
            assertThat(mairie.websites()).containsExactly(new Link("", "http://www.ville-fontaineleport.fr"));
            assertThat(mairie.openingRanges()).containsExactly(
                    new OpeningRange(DayOfWeek.TUESDAY, DayOfWeek.TUESDAY, List.of(
                            new TimeSlot(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                            new TimeSlot(LocalTime.of(18, 0), LocalTime.of(19, 0))),
                            "Accueil ouvert uniquement hors vacances scolaires l'après-midi."),
                    new OpeningRange(DayOfWeek.WEDNESDAY, DayOfWeek.WEDNESDAY,
                            List.of(new TimeSlot(LocalTime.of(9, 0), LocalTime.of(12, 0))), ""),
                    new OpeningRange(DayOfWeek.FRIDAY, DayOfWeek.FRIDAY,
                            List.of(new TimeSlot(LocalTime.of(9, 0), LocalTime.of(12, 0))), ""));
            assertThat(mairie.addresses()).containsExactly(new Address(Address.Kind.PHYSICAL,
                    List.of("3 rue du Général-Roux"), "77590", "Fontaine-le-Port", "",
                    48.4868011475, 2.75745010376, Accessibility.ON_REQUEST, ""));
            assertThat(mairie.servicePublicUrl()).isEqualTo(
                    "https://lannuaire.service-public.fr/ile-de-france/seine-et-marne/00007e4d-264c-43a0-b0b7-7f3b7dd995ab");
            assertThat(mairie.updatedAt()).isEqualTo(LocalDateTime.of(2023, 8, 9, 13, 30, 19));
        });
    }

    @Test
    void readsABareArrayOfRecords() throws Exception {
        String fontaine = Samples.text(Samples.FONTAINE_RECORD);
        List<Office> offices = Samples.dump("[" + fontaine + "," + fontaine + "]");

        assertThat(offices).hasSize(2).allSatisfy(office -> assertThat(office.name()).isEqualTo("Mairie - Fontaine-le-Port"));
    }

    @Test
    void aTruncatedDumpDeliversTheCompleteOfficesBeforeTheBreakThenFails() throws Exception {
        String fontaine = Samples.text(Samples.FONTAINE_RECORD);
        String dump = "{\"service\":[" + fontaine + "," + fontaine.substring(0, fontaine.length() / 2);
        List<Office> delivered = new ArrayList<>();

        assertThatThrownBy(() -> DumpReader.read(new StringReader(dump), delivered::add))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining("truncated or malformed");
        assertThat(delivered).singleElement().isEqualTo(Samples.dump(fontaine).get(0));
    }

    @Test
    void rejectsWhatIsNotADump() {
        assertThatThrownBy(() -> Samples.dump("\"service\"")).isInstanceOf(DirectoryFormatException.class);
        assertThatThrownBy(() -> Samples.dump("")).isInstanceOf(DirectoryFormatException.class);
        assertThatThrownBy(() -> Samples.dump("{\"service\":[]} trailing")).isInstanceOf(DirectoryFormatException.class);
    }

    @Test
    void anEmptyDumpHasNoOffice() throws Exception {
        assertThat(Samples.dump("{\"service\":[]}")).isEmpty();
    }

    @Test
    void whatTheSinkThrowsPassesThroughUnchanged() {
        IllegalStateException sinkFailure = new IllegalStateException("disk full");

        assertThatThrownBy(() -> DumpReader.read(new StringReader(Samples.text(Samples.BREUX_DUMP)), office -> {
            throw sinkFailure;
        })).isSameAs(sinkFailure);
    }
}
