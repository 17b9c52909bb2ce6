package org.wayfinder.platform.spi;

/** The caller is signed in but their roles do not allow the action: 403 on pages and in the API. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
