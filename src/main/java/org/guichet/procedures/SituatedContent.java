package org.guichet.procedures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.CalloutKind;
import org.guichet.domain.procedure.Office;
import org.guichet.domain.procedure.OnlineService;
import org.guichet.domain.procedure.Procedure;

/** Finds offices, online services and warnings in a fiche's text, each with the situation it belongs to. */
final class SituatedContent {

    private SituatedContent() {
    }

    /** Each place once, under the first situation that names it; places named only outside the text apply to all. */
    static List<Situated<Office>> offices(Procedure procedure) {
        Map<String, Situated<Office>> found = new LinkedHashMap<>();
        walk(procedure, (situation, block) -> {
            if (block instanceof Block.OfficeBlock office) {
                found.putIfAbsent(office.office().id(), new Situated<>(situation, office.office()));
            }
        });
        procedure.orientation().offices().forEach(office -> found.putIfAbsent(office.id(), new Situated<>(List.of(), office)));
        return List.copyOf(found.values());
    }

    static List<Situated<OnlineService>> onlineServices(Procedure procedure) {
        Map<String, Situated<OnlineService>> found = new LinkedHashMap<>();
        walk(procedure, (situation, block) -> {
            if (block instanceof Block.OnlineServiceBlock service) {
                found.putIfAbsent(key(service.service()), new Situated<>(situation, service.service()));
            }
        });
        procedure.orientation().onlineServices()
                .forEach(service -> found.putIfAbsent(key(service), new Situated<>(List.of(), service)));
        return List.copyOf(found.values());
    }

    /** The "Attention" callouts: the traps the fiche warns about. */
    static List<Situated<Block.Callout>> warnings(Procedure procedure) {
        List<Situated<Block.Callout>> found = new ArrayList<>();
        walk(procedure, (situation, block) -> {
            if (block instanceof Block.Callout callout && callout.kind() == CalloutKind.ATTENTION) {
                found.add(new Situated<>(situation, callout));
            }
        });
        return found;
    }

    private static String key(OnlineService service) {
        return service.id().isEmpty() ? service.url() : service.id();
    }

    private static void walk(Procedure procedure, BiConsumer<List<String>, Block> visitor) {
        walk(procedure.introduction(), List.of(), visitor);
        walk(procedure.content(), List.of(), visitor);
    }

    private static void walk(List<Block> blocks, List<String> situation, BiConsumer<List<String>, Block> visitor) {
        for (Block block : blocks) {
            visitor.accept(situation, block);
            if (block instanceof Block.Choice choice) {
                for (Block.ChoiceOption option : choice.options()) {
                    List<String> path = new ArrayList<>(situation);
                    path.add(option.title());
                    walk(option.blocks(), List.copyOf(path), visitor);
                }
            } else if (block instanceof Block.OfficeBlock office) {
                walk(office.office().details(), situation, visitor);
            } else {
                walk(BlockChildren.of(block), situation, visitor);
            }
        }
    }
}
