package org.guichet.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.ProcedureSummary;
import org.w3c.dom.Element;

/**
 * Reads a service-public.fr "Vos droits et démarches" file (XML schema 3.3): a {@code Publication}
 * (fiche F…, dossier N…) or a {@code ServiceComplementaire} (resource R…). DTDs and external
 * entities are refused. A file that is not well-formed, or lacks an ID, title or date, fails as a
 * whole with a {@link FicheFormatException}.
 */
public final class FicheParser {
    /** Body parts after the introduction, in document order. */
    private static final Set<String> CONTENT = Set.of("Texte", "ListeSituations");

    /** @param ficheId the ID the caller expects (used in errors; the file must carry the same ID) */
    public Procedure parse(String ficheId, InputStream xml) {
        Element root = SecureXml.read(ficheId, xml).getDocumentElement();
        ProcedureSummary summary = SummaryReader.read(ficheId, root);
        return new Procedure(
                summary,
                Xml.child(root, "Introduction").map(BlockReader::read).orElse(List.of()),
                content(root),
                OrientationReader.read(root, summary),
                ReferencesReader.references(root),
                ReferencesReader.relatedPublications(root),
                ReferencesReader.glossary(root));
    }

    /** Reads {@code <ID>.xml}. */
    public Procedure parse(Path file) {
        String name = file.getFileName().toString();
        String ficheId = name.endsWith(".xml") ? name.substring(0, name.length() - ".xml".length()) : name;
        try (InputStream in = Files.newInputStream(file)) {
            return parse(ficheId, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<Block> content(Element root) {
        List<Block> blocks = new ArrayList<>();
        Xml.children(root).stream()
                .filter(part -> CONTENT.contains(Xml.name(part)))
                .forEach(part -> BlockReader.append(part, blocks));
        return blocks;
    }
}
