package org.nastavnik.model;

import java.util.Objects;
import org.nastavnik.common.Limits;

/**
 * One problem found in input: the path of the offending field (such as
 * {@code mentorships[2].mentorId}), the value found there and why it is wrong.
 */
public final class Problem implements Comparable<Problem> {
    private static final int MAX_PATH_LENGTH = 300;
    private static final int MAX_REASON_LENGTH = 1000;
    private static final String WITHHELD = " (the value is not shown: it may be personal data)";

    private final String path;
    private final String value;
    private final String reason;

    private Problem(String path, String value, String reason) {
        // one line each, and bounded: a path may hold a key the input chose, a reason a value
        this.path = Limits.shorten(Objects.requireNonNull(path, "path"), MAX_PATH_LENGTH);
        this.value = Objects.requireNonNull(value, "value");
        this.reason = Limits.shorten(Objects.requireNonNull(reason, "reason"), MAX_REASON_LENGTH);
    }

    /**
     * @param path  the path of the field, such as "mentorships[2].mentorId", not null
     * @param value  the offending value, rendered as text on one line and shortened to
     *     {@value Limits#MAX_VALUE_SHOWN} characters ({@link Limits#shown(Object)}); "" when absent, not null
     * @param reason  why it is wrong, not null
     * @return the problem
     */
    public static Problem of(String path, Object value, String reason) {
        return new Problem(path, Limits.shown(value), reason);
    }

    /**
     * A problem with a value that is personal data (a full name, a date of birth) or may be (the
     * value of an unknown field): the value is withheld, the path and the reason are given.
     *
     * @param path  the path of the field, not null
     * @param reason  why the value is wrong, not null
     * @return the problem, with the value "" and the reason saying the value is withheld
     */
    public static Problem withheld(String path, String reason) {
        return new Problem(path, "", reason + WITHHELD);
    }

    /** @return whether the value of this problem was withheld as personal data */
    public boolean isWithheld() {
        return value.isEmpty() && reason.endsWith(WITHHELD);
    }

    /** @return the path of the offending field */
    public String path() {
        return path;
    }

    /** @return the offending value as text */
    public String value() {
        return value;
    }

    /** @return why the value is wrong */
    public String reason() {
        return reason;
    }

    @Override
    public int compareTo(Problem other) {
        int c = path.compareTo(other.path);
        return c != 0 ? c : reason.compareTo(other.reason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && path.equals(p.path) && value.equals(p.value) && reason.equals(p.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, value, reason);
    }

    /** @return {@code path (value): reason} */
    @Override
    public String toString() {
        return path + " (" + value + "): " + reason;
    }
}
