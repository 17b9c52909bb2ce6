package org.wayfinder.platform.spi;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Identifiers for every stored record: time-ordered UUIDs (version 7, RFC 9562).
 *
 * <p>Ids are assigned in Java rather than by the database so that the same code runs on H2 and
 * MySQL without sequences or identity columns, a record can be exported and imported with its id,
 * and ids handed out by the API cannot be guessed by counting. Because the leading 48 bits are a
 * millisecond timestamp, new rows land at the end of InnoDB's clustered index instead of at
 * random places in it.
 */
public final class Ids {

    /** One generator per thread: a shared SecureRandom is synchronised, and every insert needs one. */
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SecureRandom::new);

    private Ids() {
    }

    /** A new version 7 UUID in its 36-character text form. */
    public static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.get().nextBytes(bytes);
        long millis = System.currentTimeMillis();
        for (int i = 0; i < 6; i++) {
            bytes[i] = (byte) (millis >>> (40 - 8 * i));
        }
        bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x70);
        bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
        long high = 0;
        long low = 0;
        for (int i = 0; i < 8; i++) {
            high = (high << 8) | (bytes[i] & 0xff);
            low = (low << 8) | (bytes[i + 8] & 0xff);
        }
        return new UUID(high, low).toString();
    }
}
