package org.guichet.procedures;

/** A fiche file that is not well-formed XML or lacks what every fiche has. */
public final class FicheFormatException extends RuntimeException {
    private final String ficheId;
    private final String position;

    public FicheFormatException(String ficheId, String position, String message, Throwable cause) {
        super(ficheId + " at " + position + ": " + message, cause);
        this.ficheId = ficheId;
        this.position = position;
    }

    public FicheFormatException(String ficheId, String position, String message) {
        this(ficheId, position, message, null);
    }

    public String ficheId() {
        return ficheId;
    }

    /** "line 1, column 2345" for XML errors, an element path for missing content. */
    public String position() {
        return position;
    }
}
