package org.wayfinder.platform.spi;

/** The action needs a signed-in caller and there is none: pages send people to sign in, the API answers 401. */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("You need to sign in to do that.");
    }
}
