package org.guichet.procedures;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies a stream to a file with a size bound. Failing to read and reading too much end the update
 * with an outcome; failing to write stays an {@link IOException}: the device could not store it.
 */
final class LimitedCopy {
    private static final int BUFFER_SIZE = 64 * 1024;

    private LimitedCopy() {
    }

    /** @return the number of bytes copied, at most {@code limit} */
    static long copy(InputStream in, OutputStream out, long limit, FeedUpdateOutcome readFailure)
            throws FeedUpdateFailure, IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long copied = 0;
        while (true) {
            int read;
            try {
                read = in.read(buffer);
            } catch (IOException e) {
                throw new FeedUpdateFailure(readFailure, "reading failed after " + copied + " bytes", e);
            }
            if (read < 0) {
                return copied;
            }
            copied += read;
            if (copied > limit) {
                throw new FeedUpdateFailure(FeedUpdateOutcome.UNUSABLE_FILE, "larger than " + limit + " bytes");
            }
            out.write(buffer, 0, read);
        }
    }
}
