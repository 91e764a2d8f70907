package org.guichet.appointments;

/** {@code reasonId} may be null. */
public record CallbackRequest(String name, String phone, CallbackPeriod preferredPeriod, String reasonId) {
    @Override
    public String toString() {
        return "CallbackRequest[preferredPeriod=" + preferredPeriod + ", reasonId=" + reasonId + ", contact=redacted]";
    }
}
