package org.guichet.procedures;

import java.util.List;
import java.util.stream.Stream;
import org.guichet.domain.procedure.Block;

/** The blocks nested in a block (list items, table cells, callouts), excluding a choice's options. */
final class BlockChildren {

    private BlockChildren() {
    }

    static List<Block> of(Block block) {
        if (block instanceof Block.BulletList list) {
            return items(list.items());
        }
        if (block instanceof Block.NumberedList list) {
            return items(list.items());
        }
        if (block instanceof Block.Table table) {
            return Stream.concat(table.headerRows().stream(), table.rows().stream())
                    .flatMap(row -> row.cells().stream())
                    .flatMap(cell -> cell.blocks().stream())
                    .toList();
        }
        if (block instanceof Block.Callout callout) {
            return callout.blocks();
        }
        return List.of();
    }

    private static List<Block> items(List<Block.ListItem> items) {
        return items.stream().flatMap(item -> item.blocks().stream()).toList();
    }
}
