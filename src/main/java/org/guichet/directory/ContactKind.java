package org.guichet.directory;

/** The {@code kind} column of {@code directory_contact}. */
enum ContactKind {
    PHONE("phone"),
    ACCESSIBLE_PHONE("accessible_phone"),
    FAX("fax"),
    EMAIL("email"),
    WEBSITE("website"),
    ONLINE_PROCEDURE("online_procedure"),
    SOCIAL_NETWORK("social_network");

    final String column;

    ContactKind(String column) {
        this.column = column;
    }

    static ContactKind fromColumn(String column) {
        for (ContactKind kind : values()) {
            if (kind.column.equals(column)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown contact kind " + column);
    }
}
