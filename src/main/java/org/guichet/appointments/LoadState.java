package org.guichet.appointments;

/** Whether what a screen shows is still coming, there, or could not be had. */
public enum LoadState {
    LOADING, READY, FAILED
}
