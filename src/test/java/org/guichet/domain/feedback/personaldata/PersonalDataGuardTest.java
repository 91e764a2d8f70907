package org.guichet.domain.feedback.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.guichet.domain.feedback.personaldata.PersonalDataKind.CAF_NUMBER;
import static org.guichet.domain.feedback.personaldata.PersonalDataKind.EMAIL;
import static org.guichet.domain.feedback.personaldata.PersonalDataKind.IBAN;
import static org.guichet.domain.feedback.personaldata.PersonalDataKind.NIR;
import static org.guichet.domain.feedback.personaldata.PersonalDataKind.PHONE;
import static org.guichet.domain.feedback.personaldata.PersonalDataKind.TAX_NUMBER;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PersonalDataGuardTest {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    record Found(PersonalDataKind kind, String text) {
        @Override
        public String toString() {
            return kind + "«" + text + "»";
        }
    }

    private static Found found(PersonalDataKind kind, String text) {
        return new Found(kind, text);
    }

    private static Arguments row(String comment, Found... expected) {
        return Arguments.of(comment, List.of(expected));
    }

    static Stream<Arguments> comments() {
        return Stream.of(
                // Phone numbers
                row("Vous pouvez me joindre au 06 12 34 56 78 après 18h.", found(PHONE, "06 12 34 56 78")),
                row("Mon numéro : 06.12.34.56.78", found(PHONE, "06.12.34.56.78")),
                row("appelez-moi au 07-81-23-45-67 svp", found(PHONE, "07-81-23-45-67")),
                row("tel 0612345678, merci de rappeler", found(PHONE, "0612345678")),
                row("Fixe au 01 44 55 66 77 (domicile), le soir.", found(PHONE, "01 44 55 66 77")),
                row("Tél.\u00A0: 02\u00A038\u00A012\u00A034\u00A056", found(PHONE, "02\u00A038\u00A012\u00A034\u00A056")),
                row("Mon portable est le +33 6 12 34 56 78.", found(PHONE, "+33 6 12 34 56 78")),
                row("+33612345678 est mon numéro", found(PHONE, "+33612345678")),
                row("Joignable au 0033 1 44 55 66 77 en journée", found(PHONE, "0033 1 44 55 66 77")),
                row("Rappel au +33 (0)4 78 12 34 56 merci", found(PHONE, "+33 (0)4 78 12 34 56")),
                row("rappelez le +33 06 12 34 56 78", found(PHONE, "+33 06 12 34 56 78")),
                row("À La Réunion, mon fixe est le 0262 12 34 56.", found(PHONE, "0262 12 34 56")),
                row("En Guadeloupe : 0590 98 76 54", found(PHONE, "0590 98 76 54")),
                row("J'habite en Guyane, 0594 30 12 34 le matin", found(PHONE, "0594 30 12 34")),
                row("Martinique 0596.71.23.45 (bureau)", found(PHONE, "0596.71.23.45")),
                row("À Mayotte, appelez le 0269 61 23 45", found(PHONE, "0269 61 23 45")),
                row("mon portable réunionnais +262 692 12 34 56", found(PHONE, "+262 692 12 34 56")),
                row("Saint-Pierre : 0262-12-34-56, ou +33 1.44.55.66.77",
                        found(PHONE, "0262-12-34-56"), found(PHONE, "+33 1.44.55.66.77")),
                // E-mail addresses
                row("écrivez-moi à jean.dupont@gmail.com pour la suite", found(EMAIL, "jean.dupont@gmail.com")),
                row("Contact : Marie-Hélène.Lefèvre@orange.fr.", found(EMAIL, "Marie-Hélène.Lefèvre@orange.fr")),
                row("mail jean.dupont(at)laposte.net", found(EMAIL, "jean.dupont(at)laposte.net")),
                row("mon adresse est sophie.martin arobase free.fr", found(EMAIL, "sophie.martin arobase free.fr")),
                row("Réponse à jean_dupont-75@yahoo.co.uk SVP", found(EMAIL, "jean_dupont-75@yahoo.co.uk")),
                row("J.Durand+caf@sfr.fr ou 06 12 34 56 78",
                        found(EMAIL, "J.Durand+caf@sfr.fr"), found(PHONE, "06 12 34 56 78")),
                // Social-security numbers
                row("Mon numéro de sécu est 1 85 05 78 006 084 91.", found(NIR, "1 85 05 78 006 084 91")),
                row("NIR 185057800608491 sur l'attestation", found(NIR, "185057800608491")),
                row("né en Corse : 2 90 02 2A 004 123 04", found(NIR, "2 90 02 2A 004 123 04")),
                row("sécurité sociale 2 75 11 33 001 042 94 (Gironde)", found(NIR, "2 75 11 33 001 042 94")),
                row("carte vitale n° 1 92 08 45 234 007, clé illisible", found(NIR, "1 92 08 45 234 007")),
                row("ma fille, 2 88 03 97 411 023 64, née en Guadeloupe", found(NIR, "2 88 03 97 411 023 64")),
                row("née à l'étranger, NIR 1 65 02 99 350 012 05", found(NIR, "1 65 02 99 350 012 05")),
                // IBANs
                row("Remboursez sur FR76 3000 6000 0112 3456 7890 189 merci",
                        found(IBAN, "FR76 3000 6000 0112 3456 7890 189")),
                row("IBAN: FR7630006000011234567890189", found(IBAN, "FR7630006000011234567890189")),
                row("iban fr14 2004 1010 0505 0001 3m02 606 (La Banque Postale)",
                        found(IBAN, "fr14 2004 1010 0505 0001 3m02 606")),
                row("versement sur mon compte belge BE68 5390 0754 7034", found(IBAN, "BE68 5390 0754 7034")),
                // Tax and CAF numbers, after a clue
                row("mon numéro fiscal est le 1234567890123", found(TAX_NUMBER, "1234567890123")),
                row("Numéro fiscal : 30 12 345 678 901", found(TAX_NUMBER, "30 12 345 678 901")),
                row("identifiant fiscal 0123456789012 sur l'avis", found(TAX_NUMBER, "0123456789012")),
                row("n° allocataire 1234567", found(CAF_NUMBER, "1234567")),
                row("Numéro d'allocataire CAF : 1 234 567", found(CAF_NUMBER, "1 234 567")),
                row("Mon numéro CAF : 7654321, dossier bloqué", found(CAF_NUMBER, "7654321")),
                row("Je suis allocataire (n° 2345678) depuis 2019", found(CAF_NUMBER, "2345678")),
                row("Mme Dupont, 06 12 34 56 78, dupont@free.fr, IBAN FR76 3000 6000 0112 3456 7890 189",
                        found(PHONE, "06 12 34 56 78"), found(EMAIL, "dupont@free.fr"),
                        found(IBAN, "FR76 3000 6000 0112 3456 7890 189")),
                // Traps: nothing personal
                row("Rendez-vous le 12/03/2024 à 14h30, attente 45 minutes."),
                row("J'ai payé 1 250,00 € de frais, remboursés 35,50 €."),
                row("Mairie d'Orléans, 45000, guichet 3."),
                row("Code postal 97400, Saint-Denis de La Réunion"),
                row("Dossier n° 2024-001234 toujours en attente depuis 2023."),
                row("Ma demande ANTS 24-0123-456789 n'avance pas"),
                row("Convoqué le 05.06.2024 09h30, puis le 10.06.2024."),
                row("Ce numéro 1 85 05 78 006 084 12 a une clé fausse."),
                row("Délai de 15 jours, 3 relances, 2 courriers en 2024."),
                row("Le SIRET de la mairie est 12000101100010."),
                row("J'ai appelé le 3939 puis le 3646 sans succès."),
                row("Numéro vert 0 800 840 800 indiqué sur le site"),
                row("allocataire depuis 2015, je touche 1 250,00 € par mois"),
                row("Année fiscale 2023 : 1 250,00 € de trop-perçu"),
                row("Numéro de dossier 1234567 à la préfecture"),
                row("Le numéro fiscal figure en haut à gauche de l'avis d'impôt."),
                row("Version 2.4.1 de l'application, Android 14, iPhone 12"),
                row("Un faux IBAN : FR76 1234 5678 9012 3456 7890 123"),
                row("De 8h45 à 11h30, soit 2h45 d'attente pour 1 minute de rendez-vous."),
                row("Le formulaire cerfa 15481*01 est introuvable, ticket #458712."),
                row("Le 06/12/2024 à 10h, guichet fermé."),
                row("J'ai 2 enfants nés en 2015 et 2018, l'aide est de 12 345 678,90 € au total ?"),
                row("Impossible de joindre la CAF ni le service des impôts par téléphone."),
                row("RIB tronqué FR76 3000 6000 0112 3456 7890 18, refusé"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comments")
    void findsPersonalDataInRealisticComments(String comment, List<Found> expected) {
        List<Found> actual = guard.find(comment).stream()
                .map(match -> found(match.kind(), match.in(comment)))
                .toList();

        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsOffsetsInTheText() {
        String comment = "Appelez le 06 12 34 56 78.";

        assertThat(guard.find(comment)).containsExactly(new PersonalDataMatch(PHONE, 11, 25));
    }

    @Test
    void masksEachMatchWithTheCallersPlaceholderForItsKind() {
        String comment = "Écrivez à jean.dupont@gmail.com ou au 06 12 34 56 78, NIR 1 85 05 78 006 084 91.";

        String masked = guard.mask(comment, kind -> "[" + kind.code() + "]");

        assertThat(masked).isEqualTo("Écrivez à [email] ou au [phone], NIR [nir].");
    }

    @Test
    void leavesATextWithoutPersonalDataUnchanged() {
        String comment = "Très bon accueil, 20 minutes d'attente le 12/03/2024.";

        assertThat(guard.mask(comment, kind -> "[masqué]")).isEqualTo(comment);
    }

    @Test
    void prefersTheLongerMatchWhereDetectorsOverlap() {
        String comment = "RIB FR76 3000 6000 0112 3456 7890 189";

        assertThat(guard.find(comment)).extracting(PersonalDataMatch::kind).containsExactly(IBAN);
    }

    @Test
    void kindsHaveTranslationKeysNotText() {
        assertThat(PersonalDataKind.TAX_NUMBER.key()).isEqualTo("personal_data.tax_number");
    }

    @Test
    void aCommentNearTheOfficialLengthLimitIsCheckedQuickly() {
        String digitsAndSpaces = "1 2 3 4 5 6 7 8 9 0 ".repeat(375);
        String longWords = "allocataire fiscal jean.dupont.dupont.dupont ".repeat(170);
        String comment = digitsAndSpaces + longWords;

        List<PersonalDataMatch> matches = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> guard.find(comment));

        assertThat(comment).hasSizeGreaterThan(14_000);
        assertThat(matches).isEmpty();
    }
}
