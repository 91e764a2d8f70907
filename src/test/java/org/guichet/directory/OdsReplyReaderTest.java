package org.guichet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.guichet.domain.hours.OpeningRange;
import org.guichet.domain.hours.TimeSlot;
import org.guichet.domain.office.Accessibility;
import org.guichet.domain.office.Address;
import org.guichet.domain.office.Link;
import org.guichet.domain.office.Office;
import org.guichet.domain.office.Phone;
import org.junit.jupiter.api.Test;

class OdsReplyReaderTest {

    @Test
    void readsTheVerderonneMairieReply() throws Exception {
        OdsPage page = OdsReplyReader.read(Samples.reader(Samples.VERDERONNE_API));

        assertThat(page.totalCount()).isEqualTo(1);
        assertThat(page.offices()).hasSize(1);
        Office mairie = page.offices().get(0);
        assertThat(mairie.id()).isEqualTo("000e1df5-ae69-4a43-a52b-f6061bcc3707");
        assertThat(mairie.name()).isEqualTo("Mairie - Verderonne");
        assertThat(mairie.acronym()).isEmpty();
        assertThat(mairie.types()).containsExactly("mairie");
        assertThat(mairie.inseeCode()).isEqualTo("60669");
        assertThat(mairie.departmentCode()).isEqualTo("60");
        assertThat(mairie.phones()).containsExactly(new Phone("03 44 73 08 09",
                "Joignable par téléphone le mardi, jeudi, vendredi, et samedi matin."));
        assertThat(mairie.accessiblePhones()).isEmpty();
        assertThat(mairie.faxes()).isEmpty();
        assertThat(mairie.emails()).containsExactly("commune-de-verderonne@orange.fr");
        assertThat(mairie.websites()).containsExactly(new Link("", "http://communedeverderonne.com"));
        assertThat(mairie.contactFormUrl()).isEmpty();
        assertThat(mairie.chatUrl()).isEmpty();
        assertThat(mairie.servicePublicUrl()).isEqualTo(
                "https://lannuaire.service-public.gouv.fr/hauts-de-france/oise/000e1df5-ae69-4a43-a52b-f6061bcc3707");
        assertThat(mairie.openingRanges()).containsExactly(
                new OpeningRange(DayOfWeek.TUESDAY, DayOfWeek.TUESDAY,
                        List.of(new TimeSlot(LocalTime.of(17, 0), LocalTime.of(19, 0))), ""),
                new OpeningRange(DayOfWeek.SATURDAY, DayOfWeek.SATURDAY,
                        List.of(new TimeSlot(LocalTime.of(9, 0), LocalTime.of(11, 30))), ""));
        assertThat(mairie.hoursComment()).isEmpty();
        assertThat(mairie.updatedAt()).isEqualTo(LocalDateTime.of(2023, 8, 9, 13, 30, 23));
        assertThat(mairie.addresses()).containsExactly(new Address(Address.Kind.PHYSICAL,
                List.of("13 rue de l'Église"), "60140", "Verderonne", "",
                49.3306999207, 2.49821996689, Accessibility.UNKNOWN, ""));
    }

    @Test
    void readsTheAnctNationalServiceReply() throws Exception {
        Office anct = OdsReplyReader.read(Samples.reader(Samples.ANCT_API)).offices().get(0);

        assertThat(anct.id()).isEqualTo("da837b24-afa7-46ab-b56a-427dd4bcc159");
        assertThat(anct.name()).isEqualTo("Agence nationale de la cohésion des territoires (ANCT)");
        assertThat(anct.types()).isEmpty();
        assertThat(anct.inseeCode()).isEmpty();
        assertThat(anct.departmentCode()).isEmpty();
        assertThat(anct.addresses()).containsExactly(
                new Address(Address.Kind.PHYSICAL, List.of("20 avenue de Ségur"), "75007", "Paris", "",
                        48.850518, 2.308339, Accessibility.UNKNOWN, ""),
                new Address(Address.Kind.POSTAL, List.of("TSA 10717"), "75334", "Paris Cedex 07", "",
                        null, null, Accessibility.UNKNOWN, ""));
        assertThat(anct.visitAddress()).get().extracting(Address::commune).isEqualTo("Paris");
        assertThat(anct.phones()).containsExactly(new Phone("01 85 58 60 00", ""));
        assertThat(anct.emails()).isEmpty();
        assertThat(anct.websites()).containsExactly(new Link("", "https://agence-cohesion-territoires.gouv.fr/"));
        assertThat(anct.contactFormUrl()).isEqualTo("https://agence-cohesion-territoires.gouv.fr/contactez-nous-19");
        assertThat(anct.onlineProcedures()).containsExactly(new Link("", "http://contact.cohesion-territoires.gouv.fr/"));
        assertThat(anct.openingRanges()).isEmpty();
        assertThat(anct.mission()).startsWith("L’Agence nationale de la cohésion des territoires (ANCT) est née le 1er janvier 2020");
        assertThat(anct.updatedAt()).isEqualTo(LocalDateTime.of(2025, 1, 6, 14, 21, 28));
    }

    @Test
    void aBrokenReplyYieldsNoOffice() throws Exception {
        String reply = Samples.text(Samples.VERDERONNE_API);
        for (int end : new int[] {0, 1, 20, reply.length() / 2, reply.length() - 3}) {
            String truncated = reply.substring(0, end);
            assertThatThrownBy(() -> OdsReplyReader.read(new StringReader(truncated)))
                    .as("cut at %d", end)
                    .isInstanceOf(DirectoryFormatException.class);
        }
    }

    @Test
    void anErrorReplyIsNotAPage() {
        String error = "{\"error_code\": \"InvalidRESTParameterError\", \"message\": \"Invalid value for limit\"}";
        assertThatThrownBy(() -> OdsReplyReader.read(new StringReader(error)))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageContaining("results");
    }

    @Test
    void aRecordWithoutIdOrNameIsSkippedAndTheOthersKept() throws Exception {
        String reply = """
                {"total_count": 3, "results": [
                  {"id": null, "nom": "Sans identifiant"},
                  {"id": "a", "nom": ""},
                  {"id": "b", "nom": "Mairie - B", "telephone": "[{broken", "pivot": "[{\\"type_service_local\\": \\"mairie\\"}]"}
                ]}""";

        OdsPage page = OdsReplyReader.read(new StringReader(reply));

        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.offices()).singleElement().satisfies(office -> {
            assertThat(office.id()).isEqualTo("b");
            assertThat(office.types()).containsExactly("mairie");
            assertThat(office.phones()).isEmpty();
        });
    }
}
