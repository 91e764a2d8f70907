package org.guichet.procedures;

/** Style classes of the procedures screens, defined in the app stylesheet (guichet.css). */
final class ProcedureStyles {
    static final String PAGE_TITLE = "page-title";
    static final String ENTRY_BUTTON = "entry-button";
    static final String ENTRY_TITLE = "entry-title";
    static final String DISCLOSURE = "disclosure";
    static final String DISCLOSURE_BODY = "disclosure-body";
    static final String NOTICE = "notice";
    static final String CALLOUT = "callout";
    static final String DEADLINE = "deadline";
    static final String LIST_MARKER = "list-marker";
    static final String TABLE_ROW = "table-row";
    static final String SUBHEADING = "subheading";
    static final String CONTENT_HEADING = "content-heading";
    static final String STEP = "step";
    static final String STEP_HEADING = "step-heading";
    static final String DISCLOSURE_SECTION = "disclosure-section";
    static final String SECTIONS = "sections";
    static final String SECTION = "procedure-section";
    static final String GROUPS = "groups";
    static final String RULED = "ruled";
    static final String INDENTED = "indented";

    private ProcedureStyles() {
    }
}
