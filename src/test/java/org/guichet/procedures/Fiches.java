package org.guichet.procedures;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.CostLine;
import org.guichet.domain.procedure.Procedure;
import org.guichet.domain.procedure.RequiredDocument;
import org.guichet.domain.procedure.RequiredDocuments;

/** Test access to the real fiches bundled in {@code assets/procedures/fiches}. */
final class Fiches {
    static final Path DIRECTORY = Path.of("assets", "procedures", "fiches");
    private static final BundledContent BUNDLED = new BundledContent();

    private Fiches() {
    }

    /** A repository of the shipped content only: nothing downloaded, and a feed it never reaches. */
    static ProcedureRepository bundledOnlyRepository() {
        return ProcedureRepository.open(Path.of("target", "no-downloads"), Clock.systemUTC(),
                FeedAddress.of("http://127.0.0.1:9/never-reached.zip"));
    }

    static Procedure fiche(String id) {
        return BUNDLED.fiche(id).orElseThrow(() -> new AssertionError("no bundled fiche " + id));
    }

    /** The documents' texts, no-break spaces read as spaces ("86 €"). */
    static List<String> documents(Procedure procedure, String... situation) {
        return procedure.orientation().requiredDocuments().stream()
                .filter(documents -> documents.situation().equals(List.of(situation)))
                .findFirst()
                .map(RequiredDocuments::documents)
                .orElseThrow(() -> new AssertionError("no documents for " + List.of(situation)))
                .stream()
                .map(RequiredDocument::text)
                .map(text -> text.replace('\u00A0', ' '))
                .toList();
    }

    static List<CostLine> costs(Procedure procedure, String... situation) {
        return procedure.orientation().costs().stream()
                .filter(cost -> cost.situation().equals(List.of(situation)))
                .toList();
    }

    /** Every block of the tree, depth first. */
    static Stream<Block> flatten(List<Block> blocks) {
        return blocks.stream().flatMap(block -> Stream.concat(Stream.of(block), children(block)));
    }

    private static Stream<Block> children(Block block) {
        if (block instanceof Block.BulletList list) {
            return list.items().stream().flatMap(item -> flatten(item.blocks()));
        }
        if (block instanceof Block.NumberedList list) {
            return list.items().stream().flatMap(item -> flatten(item.blocks()));
        }
        if (block instanceof Block.Table table) {
            return Stream.concat(table.headerRows().stream(), table.rows().stream())
                    .flatMap(row -> row.cells().stream())
                    .flatMap(cell -> flatten(cell.blocks()));
        }
        if (block instanceof Block.Callout callout) {
            return flatten(callout.blocks());
        }
        if (block instanceof Block.Choice choice) {
            return choice.options().stream().flatMap(option -> flatten(option.blocks()));
        }
        return Stream.empty();
    }
}
