package org.guichet.appointments;

import java.io.IOException;

/** A response body arrived whole but is not the JSON the contract promises. */
final class MalformedResponseException extends IOException {
    MalformedResponseException(Throwable cause) {
        super("Malformed gateway response", cause);
    }
}
