package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.guichet.domain.procedure.ChoiceStyle;
import org.junit.jupiter.api.Test;

/** The questions of F14929 "Passeport d'un majeur : première demande" and how answers filter it. */
class SituationTreeTest {
    private final SituationTree tree = SituationTree.of(Fiches.fiche("F14929").content());

    @Test
    void tabsOpenOnTheirFirstOptionAndRadioQuestionsWaitForAnAnswer() {
        Set<List<String>> defaults = tree.defaults();

        assertThat(defaults).containsExactlyInAnyOrder(List.of("En France"), List.of("En France", "Cas général"));
        assertThat(tree.askedGiven(defaults)).extracting(SituationQuestion::options).containsExactly(
                List.of("En France", "À l'étranger"),
                List.of("Cas général", "En Guyane", "À Mayotte"),
                List.of("Vous avez une carte d'identité valide", "Vous avez une carte d'identité périmée",
                        "Vous n'avez pas de carte d'identité"));
        assertThat(tree.askedGiven(defaults).get(2).style()).isEqualTo(ChoiceStyle.RADIO);
    }

    @Test
    void contentAppliesWhenEveryOptionOnItsPathIsChosen() {
        Set<List<String>> chosen = answer(tree.defaults(), List.of("En France", "Cas général"),
                "Vous avez une carte d'identité valide");

        assertThat(tree.applies(List.of(), chosen)).isTrue();
        assertThat(tree.applies(List.of("En France", "Cas général", "Vous avez une carte d'identité valide"), chosen)).isTrue();
        assertThat(tree.applies(List.of("En France", "En Guyane"), chosen)).isFalse();
        assertThat(tree.applies(List.of("À l'étranger"), chosen)).isFalse();
    }

    @Test
    void aTableColumnHeaderOnThePathDoesNotHideTheDocuments() {
        SituationTree renewal = SituationTree.of(Fiches.fiche("F21091").content());
        List<String> path = List.of("En France", "Cas général", "Le passeport est périmé", "Date d'expiration entre 2 et 5 ans",
                "Le passeport est sécurisé (électronique ou biométrique)");
        Set<List<String>> chosen = answer(renewal.defaults(), List.of("En France", "Cas général"), "Le passeport est périmé");
        chosen = answer(chosen, List.of("En France", "Cas général", "Le passeport est périmé"),
                "Date d'expiration entre 2 et 5 ans");

        assertThat(renewal.applies(path, chosen)).isTrue();
    }

    @Test
    void changingAnAnswerDropsTheAnswersThatHungOnTheOldOne() {
        Set<List<String>> chosen = answer(tree.defaults(), List.of("En France", "Cas général"),
                "Vous avez une carte d'identité valide");
        SituationQuestion where = tree.askedGiven(chosen).get(0);

        Set<List<String>> abroad = SituationTree.choose(chosen, where, "À l'étranger");

        assertThat(abroad).containsExactly(List.of("À l'étranger"));
        assertThat(SituationTree.answer(where, abroad)).contains("À l'étranger");
    }

    @Test
    void savedAnswersThatNoLongerMatchTheFicheGiveTheDefaults() {
        assertThat(tree.restore(List.of(List.of("Sur la Lune")))).isEqualTo(tree.defaults());
        assertThat(tree.restore(List.of(List.of("À l'étranger")))).containsExactly(List.of("À l'étranger"));
    }

    private Set<List<String>> answer(Set<List<String>> chosen, List<String> parent, String option) {
        SituationQuestion question = tree.questions().stream()
                .filter(candidate -> candidate.parent().equals(parent) && candidate.options().contains(option))
                .findFirst()
                .orElseGet(() -> SituationTree.of(Fiches.fiche("F21091").content()).questions().stream()
                        .filter(candidate -> candidate.parent().equals(parent) && candidate.options().contains(option))
                        .findFirst()
                        .orElseThrow());
        return SituationTree.choose(chosen, question, option);
    }
}
