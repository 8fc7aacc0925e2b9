package org.nastavnik.model;

import java.util.Objects;

/**
 * One problem found in input: the path of the offending field (such as
 * {@code mentorships[2].mentorId}), the value found there and why it is wrong.
 */
public final class Problem implements Comparable<Problem> {
    private final String path;
    private final String value;
    private final String reason;

    private Problem(String path, String value, String reason) {
        this.path = Objects.requireNonNull(path, "path");
        this.value = Objects.requireNonNull(value, "value");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /**
     * @param path  the path of the field, such as "mentorships[2].mentorId", not null
     * @param value  the offending value, rendered as text; "" when absent, not null
     * @param reason  why it is wrong, not null
     * @return the problem
     */
    public static Problem of(String path, Object value, String reason) {
        return new Problem(path, String.valueOf(value), reason);
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
