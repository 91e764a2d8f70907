package org.guichet.directory;

import java.util.List;
import org.guichet.domain.office.Office;

/** One reply of the API Annuaire: the offices it holds and how many match the query in all. */
public record OdsPage(long totalCount, List<Office> offices) {
    public OdsPage {
        offices = List.copyOf(offices);
    }
}
