-- "What to bring" checklists: one row per document the user ticked, for a procedure (fiche ID)
-- and the situation path that leads to the list ("En France > Cas général > …", empty for all).
CREATE TABLE procedure_checklist_ticks (
    procedure_id TEXT NOT NULL,
    situation    TEXT NOT NULL,
    document_key TEXT NOT NULL,
    PRIMARY KEY (procedure_id, situation, document_key)
);

-- The situation the user picked on a procedure page: one row per chosen option, as the path of
-- options that leads to it.
CREATE TABLE procedure_situation_choices (
    procedure_id TEXT NOT NULL,
    option_path  TEXT NOT NULL,
    PRIMARY KEY (procedure_id, option_path)
);
