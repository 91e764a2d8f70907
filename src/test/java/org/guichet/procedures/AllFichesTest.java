package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.Inline;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.ProcedureKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

class AllFichesTest {

    static Stream<Path> bundledFiches() throws IOException {
        try (Stream<Path> files = Files.list(Fiches.DIRECTORY)) {
            List<Path> xml = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
            assertThat(xml).hasSize(21);
            return xml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledFiches")
    void everyRealFicheParsesWithItsIdentityAndContent(Path file) {
        Procedure procedure = new FicheParser().parse(file);

        String id = file.getFileName().toString().replace(".xml", "");
        assertThat(procedure.id()).isEqualTo(id);
        assertThat(procedure.summary().kind())
                .isEqualTo(id.startsWith("R") ? ProcedureKind.SERVICE_COMPLEMENTAIRE : ProcedureKind.PUBLICATION);
        assertThat(procedure.title()).isNotBlank();
        assertThat(procedure.summary().spUrl()).isEqualTo("https://www.service-public.fr/particuliers/vosdroits/" + id);
        assertThat(procedure.summary().lastModified()).isBetween(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(procedure.summary().breadcrumb()).isNotEmpty();
        assertThat(procedure.introduction().size() + procedure.content().size()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledFiches")
    void everyLinkToTheGlossaryFindsItsEntry(Path file) {
        Procedure procedure = new FicheParser().parse(file);

        Stream.concat(procedure.introduction().stream(), procedure.content().stream())
                .flatMap(block -> Fiches.flatten(List.of(block)))
                .filter(Block.Paragraph.class::isInstance)
                .map(Block.Paragraph.class::cast)
                .flatMap(paragraph -> paragraph.inlines().stream())
                .filter(Inline.GlossaryTerm.class::isInstance)
                .map(Inline.GlossaryTerm.class::cast)
                .forEach(term -> assertThat(procedure.glossaryEntry(term.entryId()))
                        .as("glossary entry %s (%s)", term.entryId(), term.text())
                        .isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledFiches")
    void everyParagraphOfTheBodyIsInTheContentTree(Path file) throws IOException {
        Element root;
        try (InputStream in = Files.newInputStream(file)) {
            root = SecureXml.read("test", in).getDocumentElement();
        }
        List<String> inXml = Xml.children(root).stream()
                .filter(part -> Set.of("Introduction", "Texte", "ListeSituations").contains(Xml.name(part)))
                .flatMap(part -> Xml.descendants(part, "Paragraphe").stream())
                .filter(paragraph -> !Sections.insideAny(paragraph, root, Set.of("Titre", "OuSAdresser", "ServiceEnLigne")))
                .map(paragraph -> withoutSpaces(Xml.text(paragraph)))
                .toList();

        Procedure procedure = new FicheParser().parse(file);
        List<String> inTree = Stream.concat(procedure.introduction().stream(), procedure.content().stream())
                .flatMap(block -> Fiches.flatten(List.of(block)))
                .filter(Block.Paragraph.class::isInstance)
                .map(paragraph -> withoutSpaces(((Block.Paragraph) paragraph).text()))
                .toList();

        assertThat(inTree).containsAll(inXml).hasSameSizeAs(inXml);
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}
