package org.guichet.sandbox;

import java.util.Optional;

/** Finds an office by its annuaire id; the app backs it with its directory store. */
@FunctionalInterface
public interface OfficeHoursLookup {
    Optional<BookableOffice> find(String officeId);
}
