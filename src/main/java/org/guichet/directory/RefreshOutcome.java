package org.guichet.directory;

/** How an online lookup ended. Whatever the outcome, the offices already cached stay. */
public enum RefreshOutcome {
    /** New offices were received and merged into the cache. */
    UPDATED,
    /** The server said nothing changed since the last answer (304). */
    NOT_MODIFIED,
    /** No answer: no network, the server unreachable, or too slow. */
    OFFLINE,
    /** The server refused the query (4xx). */
    REFUSED,
    /** The server failed (5xx). */
    SERVER_ERROR,
    /** The answer could not be read (malformed or truncated). */
    BAD_REPLY;

    public boolean reachedServer() {
        return this != OFFLINE;
    }
}
