package org.guichet.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameBasedIdsTest {

    @Test
    void givesRfc4122Version5UuidsInTheUrlNamespace() {
        // Expected values from Python: uuid.uuid5(uuid.NAMESPACE_URL, name)
        assertThat(NameBasedIds.uuid5("https://github.com/anct-carto/France-services#MATRICULE=1"))
                .isEqualTo("f61f941d-5eed-586c-970f-9d7c305b1ad2");
        assertThat(NameBasedIds.uuid5(NameBasedIds.DILA_V2_PIVOT_PREFIX + "mairie-45234-01"))
                .isEqualTo("29389d4c-ec59-56da-bf6d-92a61c4e1e1d");
    }
}
