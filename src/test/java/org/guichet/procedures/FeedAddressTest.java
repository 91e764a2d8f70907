package org.guichet.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedAddressTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(FeedAddress.PROPERTY);
    }

    @Test
    void theOfficialFeedUnlessThePropertySaysOtherwise() {
        assertThat(FeedAddress.configured().toString()).isEqualTo(FeedAddress.OFFICIAL);

        System.setProperty(FeedAddress.PROPERTY, " https://mirror.example.org/vosdroits-latest.zip ");
        assertThat(FeedAddress.configured().url().host()).isEqualTo("mirror.example.org");

        System.setProperty(FeedAddress.PROPERTY, "");
        assertThat(FeedAddress.configured().toString()).isEqualTo(FeedAddress.OFFICIAL);
    }

    @Test
    void httpsOnlyExceptOnLoopback() {
        assertThat(FeedAddress.of("http://127.0.0.1:8080/feed.zip").url().port()).isEqualTo(8080);
        assertThat(FeedAddress.of("http://localhost/feed.zip").url().isHttps()).isFalse();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeedAddress.of("http://lecomarquage.service-public.fr/vdd/3.3/part/zip/vosdroits-latest.zip"));
        assertThatIllegalArgumentException().isThrownBy(() -> FeedAddress.of("ftp://example.org/feed.zip"));
        assertThatIllegalArgumentException().isThrownBy(() -> FeedAddress.of("not a url"));
    }
}
