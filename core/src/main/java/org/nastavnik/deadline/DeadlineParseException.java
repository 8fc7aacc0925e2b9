package org.nastavnik.deadline;

import java.time.format.DateTimeParseException;

/**
 * Thrown when a deadline phrase holds a value that cannot exist, such as «31.02.2022», month 13 or
 * the 5th quarter. A phrase that simply cannot be read is not an error: it parses to
 * {@link Unrecognized}.
 *
 * <p>The message reads like {@link DateTimeParseException}'s: {@code Text 'до 31.02.2022' could
 * not be parsed at index 3: day 31 does not exist in February 2022}.
 */
public final class DeadlineParseException extends DateTimeParseException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * Creates the exception.
     *
     * @param text  the phrase being parsed, not null
     * @param index  the index in {@code text} of the impossible value
     * @param reason  why the value cannot exist, not null
     */
    public DeadlineParseException(String text, int index, String reason) {
        super("Text '" + text + "' could not be parsed at index " + index + ": " + reason, text, index);
        this.reason = reason;
    }

    /** @return the phrase being parsed */
    public String text() {
        return getParsedString();
    }

    /** @return the index in {@link #text()} of the impossible value */
    public int index() {
        return getErrorIndex();
    }

    /** @return why the value cannot exist, such as "day 31 does not exist in February 2022" */
    public String reason() {
        return reason;
    }
}
