package org.guichet.appointments;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.guichet.directory.DirectoryStore;

/** {@link OfficeDirectory} read from the app's directory store. */
public final class StoredOfficeDirectory implements OfficeDirectory {

    private final DirectoryStore store;

    public StoredOfficeDirectory(DirectoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<OfficeSummary> find(String officeId) {
        return store.find(officeId).map(OfficeSummary::of);
    }

    @Override
    public List<OfficeSummary> search(String words, int limit) {
        return store.search(words, Set.of(), limit).stream().map(OfficeSummary::of).toList();
    }

    @Override
    public boolean isEmpty() {
        return store.count() == 0;
    }
}
