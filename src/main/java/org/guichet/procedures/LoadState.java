package org.guichet.procedures;

/** Where a screen's content stands: on its way, shown, or unreadable. */
public enum LoadState {
    LOADING,
    READY,
    FAILED
}
