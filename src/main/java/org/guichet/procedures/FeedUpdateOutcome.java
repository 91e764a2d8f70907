package org.guichet.procedures;

/** How an update from the official feed ended. Only {@link #UPDATED} changes the fiches on the device. */
public enum FeedUpdateOutcome {
    UPDATED,
    ALREADY_UP_TO_DATE,
    /** No connection could be made (no network, unknown host, refused). */
    OFFLINE,
    /** The connection was too slow or cut during the download. */
    INTERRUPTED,
    /** The server answered with an error status. */
    SERVER_ERROR,
    /** The download is not a usable feed: not a zip, truncated, too large, or without one valid fiche. */
    UNUSABLE_FILE,
    /** The device could not store the new fiches (storage full or not writable). */
    NOT_SAVED
}
