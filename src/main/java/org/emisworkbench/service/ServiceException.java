package org.emisworkbench.service;

/** A use case that could not be carried out; the message is for the officer, in plain words. */
public final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServiceException(String message) {
        super(message);
    }
}
