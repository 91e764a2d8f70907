package org.guichet.app;

import java.nio.file.Path;
import java.util.Optional;
import org.guichet.directory.DirectoryStore;
import org.guichet.domain.office.Office;
import org.guichet.sandbox.BookableOffice;
import org.guichet.sandbox.OfficeHoursLookup;
import org.guichet.storage.Database;

/**
 * The sandbox gateway's view of the directory: offices read from the app's database through a
 * connection of its own, so the sandbox's request threads never share the storage thread's one.
 */
final class DirectoryOfficeHours implements OfficeHoursLookup, AutoCloseable {

    private final Path home;
    private Database database;
    private DirectoryStore store;

    DirectoryOfficeHours(Path home) {
        this.home = home;
    }

    @Override
    public synchronized Optional<BookableOffice> find(String officeId) {
        if (store == null) {
            database = Database.open(home);
            store = new DirectoryStore(database);
        }
        return store.find(officeId).map(DirectoryOfficeHours::bookable);
    }

    private static BookableOffice bookable(Office office) {
        return new BookableOffice(office.types(), office.openingRanges(), office.departmentCode());
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
    }
}
