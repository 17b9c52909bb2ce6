package org.wayfinder.platform.spi;

/**
 * No such record in the current tenant. Another tenant's record is reported exactly like one that
 * does not exist, so that ids cannot be probed across tenants.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what) {
        super(what + " was not found.");
    }
}
