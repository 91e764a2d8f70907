package org.guichet.storage;

/** A failure of the local store (disk full, corrupt file, bad migration). */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
