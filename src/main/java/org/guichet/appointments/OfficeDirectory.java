package org.guichet.appointments;

import java.util.List;
import java.util.Optional;

/** The offices the booking features can open, from the offline directory. Call it on the storage thread. */
public interface OfficeDirectory {

    Optional<OfficeSummary> find(String officeId);

    /** Offices whose name, commune or postcode match the words, best first. */
    List<OfficeSummary> search(String words, int limit);

    /** True until the directory feature has imported its offices. */
    boolean isEmpty();
}
