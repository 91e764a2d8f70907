package org.guichet.privacy;

import java.util.List;

/**
 * What the app keeps about its user on this device, by kind, with the tables that hold it. Public
 * data (the directory, the procedure fiches) and display settings are not listed: they say
 * nothing about the user.
 */
public enum StoredCategory {
    FAVOURITES("privacy.category.favourites", List.of("directory_favourite")),
    DIRECTORY_SEARCHES("privacy.category.directorySearches", List.of("directory_remote_query")),
    PROCEDURE_PROGRESS("privacy.category.procedureProgress",
            List.of("procedure_checklist_ticks", "procedure_situation_choices")),
    APPOINTMENTS("privacy.category.appointments", List.of("appointment")),
    FEEDBACK("privacy.category.feedback", List.of("feedback_outbox"));

    private final String labelKey;
    private final List<String> tables;

    StoredCategory(String labelKey, List<String> tables) {
        this.labelKey = labelKey;
        this.tables = tables;
    }

    public String labelKey() {
        return labelKey;
    }

    List<String> tables() {
        return tables;
    }
}
