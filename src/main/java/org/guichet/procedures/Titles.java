package org.guichet.procedures;

import java.util.regex.Pattern;

/** What official titles announce, matched without accents or case. */
final class Titles {
    private static final Pattern DOCUMENTS = Pattern.compile("^pieces (a fournir|justificatives)\\b");
    private static final Pattern COSTS = Pattern.compile("\\b(cout|couts|montant|montants|prix|tarif|tarifs)\\b");
    private static final Pattern APPEAL = Pattern.compile("\\b(recours|refus|refuse|contester|contestation)\\b");
    private static final Pattern DELAY = Pattern.compile("\\b(delai|delais)\\b");
    private static final Pattern DOCUMENT_ANNOUNCE = Pattern.compile("\\b(documents?|pieces?|justificatifs?)\\b");

    private Titles() {
    }

    static boolean announcesDocuments(String title) {
        return DOCUMENTS.matcher(TextKey.of(title)).find();
    }

    static boolean announcesCosts(String title) {
        return COSTS.matcher(TextKey.of(title)).find();
    }

    static boolean announcesAppeal(String title) {
        return APPEAL.matcher(TextKey.of(title)).find();
    }

    static boolean announcesDelay(String title) {
        return DELAY.matcher(TextKey.of(title)).find();
    }

    static boolean mentionsDocuments(String paragraph) {
        return DOCUMENT_ANNOUNCE.matcher(TextKey.of(paragraph)).find();
    }

    /** "… de plusieurs documents :", "Le professionnel vous demandera les pièces suivantes :". */
    static boolean introducesDocumentList(String paragraph) {
        return paragraph.strip().endsWith(":") && mentionsDocuments(paragraph);
    }
}
