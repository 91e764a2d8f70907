package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedFicheTest {
    private static final String MINIMAL = "<Publication xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ID=\"F1\" type=\"Fiche d'information\">"
            + "<dc:title>Titre</dc:title><dc:date>modified 2020-01-02</dc:date>%s</Publication>";

    private final FicheParser parser = new FicheParser();

    @Test
    void aMinimalFicheParses() {
        Procedure procedure = parse("F1", MINIMAL.formatted("<Texte><Paragraphe>Bonjour</Paragraphe></Texte>"));

        assertThat(procedure.title()).isEqualTo("Titre");
        assertThat(procedure.content()).containsExactly(new Block.Paragraph(java.util.List.of(new org.guichet.domain.procedure.Inline.Text("Bonjour"))));
    }

    @Test
    void malformedXmlFailsWithTheFicheIdAndThePosition() {
        assertThatThrownBy(() -> parse("F1", MINIMAL.formatted("<Texte><Paragraphe>Bonjour</Texte>")))
                .isInstanceOf(FicheFormatException.class)
                .hasMessageStartingWith("F1 at line 1, column ")
                .satisfies(e -> assertThat(((FicheFormatException) e).ficheId()).isEqualTo("F1"))
                .satisfies(e -> assertThat(((FicheFormatException) e).position()).matches("line 1, column \\d+"));
    }

    @Test
    void aTruncatedRealFicheFailsInsteadOfGivingAPartOfIt() throws IOException {
        byte[] whole = Files.readAllBytes(Fiches.DIRECTORY.resolve("F14929.xml"));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> parser.parse("F14929", new ByteArrayInputStream(half)))
                .isInstanceOf(FicheFormatException.class)
                .hasMessageContaining("F14929")
                .satisfies(e -> assertThat(((FicheFormatException) e).position()).matches("line \\d+, column \\d+"));
    }

    @Test
    void anEmptyFileFails() {
        assertThatThrownBy(() -> parse("F1", "")).isInstanceOf(FicheFormatException.class);
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path folder) throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Publication [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + MINIMAL.formatted("<Texte><Paragraphe>&xxe;</Paragraphe></Texte>");

        assertThatThrownBy(() -> parse("F1", xxe))
                .isInstanceOf(FicheFormatException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void internalEntityExpansionIsRefusedToo() {
        String billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE Publication [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + MINIMAL.formatted("<Texte><Paragraphe>&b;</Paragraphe></Texte>");

        assertThatThrownBy(() -> parse("F1", billionLaughs)).isInstanceOf(FicheFormatException.class);
    }

    @Test
    void anotherRootElementIsRefused() {
        assertThatThrownBy(() -> parse("F1", "<Dossier ID=\"F1\"/>"))
                .isInstanceOf(FicheFormatException.class)
                .hasMessage("F1 at /Dossier: root element is neither Publication nor ServiceComplementaire");
    }

    @Test
    void aFicheWithoutTitleOrDateIsRefused() {
        String noTitle = "<Publication xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ID=\"F1\"><dc:date>modified 2020-01-02</dc:date></Publication>";
        String badDate = "<Publication xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ID=\"F1\"><dc:title>T</dc:title><dc:date>hier</dc:date></Publication>";

        assertThatThrownBy(() -> parse("F1", noTitle)).hasMessage("F1 at /Publication/dc:title: missing");
        assertThatThrownBy(() -> parse("F1", badDate)).hasMessage("F1 at /Publication/dc:date: not a date: hier");
    }

    @Test
    void aFileHoldingAnotherFicheIsRefused() {
        assertThatThrownBy(() -> parse("F2", MINIMAL.formatted("")))
                .isInstanceOf(FicheFormatException.class)
                .hasMessage("F2 at /Publication/@ID: holds the ID \"F1\"");
    }

    private Procedure parse(String id, String xml) {
        InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        return parser.parse(id, in);
    }
}
