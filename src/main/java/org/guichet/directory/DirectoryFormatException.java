package org.guichet.directory;

import java.io.IOException;

/**
 * An annuaire document that cannot be read as a whole: truncated, not JSON, or not shaped like a
 * dump or an API reply. Bad values inside a well-formed record never raise it: they are dropped
 * field by field. It is an {@link IOException} so that callers handle a broken download and a
 * failing stream in one place.
 */
public final class DirectoryFormatException extends IOException {
    public DirectoryFormatException(String message) {
        super(message);
    }

    public DirectoryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
