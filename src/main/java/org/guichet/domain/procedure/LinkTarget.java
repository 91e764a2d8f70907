package org.guichet.domain.procedure;

import java.util.Objects;

/** Where a link leads: another service-public.fr publication, or an outside web page. */
public sealed interface LinkTarget {

    /** A fiche, dossier or resource of the same feed, by ID ("F14807", "R42946", "N360"). */
    record Publication(String id) implements LinkTarget {
        public Publication {
            Objects.requireNonNull(id, "id");
        }
    }

    record External(String url) implements LinkTarget {
        public External {
            Objects.requireNonNull(url, "url");
        }
    }
}
