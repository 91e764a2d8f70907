package org.guichet.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class GatewayAddressTest {
    @Test
    void aRemoteGatewayIsReachedOverHttpsOnly() {
        GatewayAddress remote = GatewayAddress.remote("https://rdv.example.fr/gateway");

        assertThat(remote.baseUrl()).hasToString("https://rdv.example.fr/gateway/");
        assertThat(remote.isSandbox()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayAddress.remote("http://rdv.example.fr/"));
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayAddress.remote("http://127.0.0.1:8080/"));
    }

    @Test
    void plainHttpIsForTheSandboxOnLoopbackOnly() {
        assertThat(GatewayAddress.sandbox("http://127.0.0.1:41234").baseUrl()).hasToString("http://127.0.0.1:41234/");
        assertThat(GatewayAddress.sandbox("http://[::1]:41234/").isSandbox()).isTrue();
        assertThat(GatewayAddress.sandbox("http://localhost:41234/").isSandbox()).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayAddress.sandbox("http://192.168.1.10:8080/"));
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayAddress.sandbox("http://rdv.example.fr/"));
    }

    @Test
    void anythingElseIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayAddress.remote("ftp://rdv.example.fr/"));
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayAddress.remote("rdv.example.fr"));
        assertThatIllegalArgumentException().isThrownBy(() -> GatewayAddress.remote("https://rdv.example.fr/?x=1"));
    }
}
