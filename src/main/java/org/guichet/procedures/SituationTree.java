package org.guichet.procedures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.guichet.domain.procedure.Block;
import org.guichet.domain.procedure.ChoiceStyle;

/**
 * The questions of a fiche's conditional content and the reader's answers. Answers are the paths
 * of the chosen options ("En France", then "En France > Cas général"); a piece of content filed
 * under a situation path applies when every step of that path is chosen.
 */
public final class SituationTree {

    private final List<SituationQuestion> questions;

    private SituationTree(List<SituationQuestion> questions) {
        this.questions = List.copyOf(questions);
    }

    public static SituationTree of(List<Block> content) {
        Map<List<Object>, SituationQuestion> found = new LinkedHashMap<>();
        collect(content, List.of(), found);
        return new SituationTree(List.copyOf(found.values()));
    }

    public List<SituationQuestion> questions() {
        return questions;
    }

    /** The questions to ask given {@code chosen}: those whose parent path is answered, in reading order. */
    public List<SituationQuestion> askedGiven(Set<List<String>> chosen) {
        return questions.stream().filter(question -> applies(question.parent(), chosen)).toList();
    }

    /**
     * Whether content filed under {@code situation} applies to the reader: every option on its
     * path is chosen. Steps that are not options of a question (a table column's header) do not
     * restrict it.
     */
    public boolean applies(List<String> situation, Set<List<String>> chosen) {
        for (int length = 1; length <= situation.size(); length++) {
            List<String> step = situation.subList(0, length);
            if (isOption(step) && !chosen.contains(step)) {
                return false;
            }
        }
        return true;
    }

    private boolean isOption(List<String> path) {
        List<String> parent = path.subList(0, path.size() - 1);
        String option = path.get(path.size() - 1);
        return questions.stream().anyMatch(question -> question.parent().equals(parent) && question.options().contains(option));
    }

    /** The option chosen for {@code question}, if any. */
    public static Optional<String> answer(SituationQuestion question, Set<List<String>> chosen) {
        return question.options().stream().filter(option -> chosen.contains(question.pathOf(option))).findFirst();
    }

    /**
     * {@code chosen} with {@code option} as the answer to {@code question}: the other options of
     * that question, and the answers below them, are dropped.
     */
    public static Set<List<String>> choose(Set<List<String>> chosen, SituationQuestion question, String option) {
        Set<List<String>> next = new LinkedHashSet<>();
        for (List<String> path : chosen) {
            if (!isUnderAnotherOption(path, question, option)) {
                next.add(path);
            }
        }
        next.add(question.pathOf(option));
        return next;
    }

    /** The first option of every tab-style question on the way, as the official site opens them. */
    public Set<List<String>> defaults() {
        Set<List<String>> chosen = new LinkedHashSet<>();
        boolean added = true;
        while (added) {
            added = false;
            for (SituationQuestion question : askedGiven(chosen)) {
                if (question.style() == ChoiceStyle.TABS && answer(question, chosen).isEmpty()) {
                    chosen.add(question.pathOf(question.options().get(0)));
                    added = true;
                }
            }
        }
        return chosen;
    }

    /** {@code saved} answers that still match a question of this fiche, or the defaults if none do. */
    public Set<List<String>> restore(List<List<String>> saved) {
        Set<List<String>> chosen = new LinkedHashSet<>();
        for (List<String> path : saved) {
            if (!path.isEmpty() && isOption(path)) {
                chosen.add(path);
            }
        }
        return chosen.isEmpty() ? defaults() : chosen;
    }

    private static boolean isUnderAnotherOption(List<String> path, SituationQuestion question, String option) {
        int depth = question.parent().size();
        return path.size() > depth
                && path.subList(0, depth).equals(question.parent())
                && question.options().contains(path.get(depth))
                && !path.get(depth).equals(option);
    }

    private static void collect(List<Block> blocks, List<String> parent, Map<List<Object>, SituationQuestion> found) {
        for (Block block : blocks) {
            if (block instanceof Block.Choice choice) {
                List<String> options = choice.options().stream().map(Block.ChoiceOption::title).toList();
                found.putIfAbsent(List.of(parent, options), new SituationQuestion(parent, options, choice.style()));
                for (Block.ChoiceOption option : choice.options()) {
                    List<String> path = new ArrayList<>(parent);
                    path.add(option.title());
                    collect(option.blocks(), List.copyOf(path), found);
                }
            } else {
                collect(BlockChildren.of(block), parent, found);
            }
        }
    }
}
