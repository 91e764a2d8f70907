package org.guichet.directory;

import java.util.List;
import org.guichet.domain.office.Office;

/** One answer of the API Annuaire: the outcome, and the offices and validators when it was {@code UPDATED}. */
record AnnuaireReply(RefreshOutcome outcome, List<Office> offices, CacheValidators validators) {

    AnnuaireReply {
        offices = List.copyOf(offices);
    }

    static AnnuaireReply failed(RefreshOutcome outcome) {
        return new AnnuaireReply(outcome, List.of(), CacheValidators.NONE);
    }
}
