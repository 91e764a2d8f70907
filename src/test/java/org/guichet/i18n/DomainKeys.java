package org.guichet.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.guichet.domain.feedback.ProblemCode;
import org.guichet.domain.feedback.Question;
import org.guichet.domain.feedback.Questionnaire;
import org.guichet.domain.feedback.Step;
import org.guichet.domain.feedback.Wording;
import org.guichet.domain.feedback.personaldata.PersonalDataKind;
import org.guichet.feedback.BundledQuestionnaire;

/**
 * Translation keys the code derives from stable domain codes rather than spelling them: the texts
 * of the questionnaire the app shows, problem messages and kinds of personal data.
 */
final class DomainKeys {

    private DomainKeys() {
    }

    static Set<String> all() {
        Set<String> keys = new TreeSet<>();
        shownWordings().forEach(wording -> keys.add(wording.key()));
        Arrays.stream(ProblemCode.values()).forEach(code -> keys.add(code.key()));
        Arrays.stream(PersonalDataKind.values()).forEach(kind -> keys.add(kind.key()));
        return keys;
    }

    /** The questionnaire's texts, without those of the questions the official form hides by default. */
    static List<Wording> shownWordings() {
        Questionnaire questionnaire = BundledQuestionnaire.load();
        List<Wording> wordings = new ArrayList<>();
        wordings.add(questionnaire.title());
        for (Step step : questionnaire.steps()) {
            wordings.add(step.title());
            step.introduction().ifPresent(wordings::add);
            step.questions().stream().filter(question -> !question.hiddenByDefault())
                    .map(Question::wordings).forEach(wordings::addAll);
        }
        return wordings;
    }

    /**
     * The official French text as the app shows it: the introduction's markup dropped and its
     * {@code {{title}}} (bold on the official form) written « {0} »; runs of spaces made one.
     */
    static String asShown(Wording wording) {
        return wording.french().replace("</p><p>", " ").replaceAll("<[^>]+>", "")
                .replace("{{title}}", "« {0} »").replaceAll("\\s+", " ").strip();
    }
}
