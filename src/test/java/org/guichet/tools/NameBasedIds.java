package org.guichet.tools;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Stable record ids for sources that have no DILA UUID: an RFC 4122 version 5 (SHA-1) UUID in the
 * URL namespace, named after the source's own identifier, so the same source record always gets
 * the same id.
 */
final class NameBasedIds {
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /**
     * Names ids of DILA's v2 pivot ids ("mairie-45234-01"), which cquest's data also carries, so one
     * office gets one id whichever of those sources it comes from.
     */
    static final String DILA_V2_PIVOT_PREFIX = "https://lecomarquage.service-public.fr/donnees_locales_v2#";

    private NameBasedIds() {
    }

    static String uuid5(String name) {
        MessageDigest sha1 = sha1();
        sha1.update(ByteBuffer.allocate(16)
                .putLong(URL_NAMESPACE.getMostSignificantBits())
                .putLong(URL_NAMESPACE.getLeastSignificantBits())
                .array());
        ByteBuffer hash = ByteBuffer.wrap(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
        long high = (hash.getLong() & ~0xF000L) | 0x5000L;
        long low = (hash.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM provides SHA-1", e);
        }
    }
}
