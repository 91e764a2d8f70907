package org.guichet.directory;

import java.util.OptionalLong;

/** Told after each stored batch, on the importing thread. */
@FunctionalInterface
public interface ImportProgress {
    void stored(long officesDone, OptionalLong officesTotal);
}
