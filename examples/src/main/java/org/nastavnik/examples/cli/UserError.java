package org.nastavnik.examples.cli;

/** A mistake in the user's input or usage, told in one line: the file, the position and the problem. */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }

    UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
