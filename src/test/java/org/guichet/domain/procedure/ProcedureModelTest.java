package org.guichet.domain.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureModelTest {

    @Test
    void plainTextJoinsEveryInline() {
        Block.Paragraph paragraph = new Block.Paragraph(List.of(
                new Inline.Link(new LinkTarget.Publication("F21258"), "Timbre fiscal"),
                new Inline.Text(" : "),
                new Inline.Styled(TextStyle.VALUE, List.of(new Inline.Text("86\u00A0€"))),
                new Inline.Text(" ("),
                new Inline.GlossaryTerm("R24582", "Caf"),
                new Inline.Text(")")));

        assertThat(paragraph.text()).isEqualTo("Timbre fiscal : 86\u00A0€ (Caf)");
    }

    @Test
    void recordsKeepTheirOwnCopyOfLists() {
        List<Inline> inlines = new ArrayList<>(List.of(new Inline.Text("a")));
        Block.Paragraph paragraph = new Block.Paragraph(inlines);
        inlines.add(new Inline.Text("b"));

        assertThat(paragraph.inlines()).hasSize(1);
        assertThatThrownBy(() -> paragraph.inlines().add(new Inline.Text("c"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void legalReferencesAreTheReferenceTexts() {
        Procedure procedure = procedure(List.of(
                new Reference(Reference.LEGAL_TEXT, "R1", "Code", "https://www.legifrance.gouv.fr/", ""),
                new Reference("Information pratique", "R2", "Oups", "https://www.oups.gouv.fr/", "")));

        assertThat(procedure.legalReferences()).extracting(Reference::id).containsExactly("R1");
        assertThat(procedure.glossaryEntry("R9")).isPresent();
        assertThat(procedure.glossaryEntry("R8")).isEmpty();
    }

    @Test
    void requiredDocumentTextIsItsFirstLine() {
        RequiredDocument document = new RequiredDocument(List.of(new Inline.Text(" Justificatif de domicile ")),
                List.of(new Block.Paragraph(List.of(new Inline.Text("de moins de 3 mois")))));

        assertThat(document.text()).isEqualTo("Justificatif de domicile");
    }

    private static Procedure procedure(List<Reference> references) {
        ProcedureSummary summary = new ProcedureSummary("F1", ProcedureKind.PUBLICATION, "Fiche d'information", "Titre", "",
                "Particuliers", LocalDate.of(2020, 1, 1), "", List.of(), "");
        Orientation orientation = new Orientation(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(new TimeLimit(List.of(), "dans les 2 mois", Optional.empty())));
        return new Procedure(summary, List.of(), List.of(), orientation, references, List.of(),
                List.of(new GlossaryEntry("R9", GlossaryEntry.Kind.DEFINITION, "Jour franc", List.of())));
    }
}
