package org.nastavnik.rules;

import java.util.Objects;

/**
 * A rule switched off in an engine's configuration, with the reason, which every report of
 * that engine shows.
 */
public final class Waiver {

    private final String ruleId;
    private final String reason;

    private Waiver(String ruleId, String reason) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.reason = Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("waiver of rule " + ruleId + " has a blank reason");
        }
    }

    /**
     * @param ruleId  the id of the rule waived
     * @param reason  why, shown in every report, not blank
     * @return the waiver
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static Waiver of(String ruleId, String reason) {
        return new Waiver(ruleId, reason);
    }

    /** @return the id of the rule waived */
    public String ruleId() {
        return ruleId;
    }

    /** @return why it was waived */
    public String reason() {
        return reason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Waiver w && ruleId.equals(w.ruleId) && reason.equals(w.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, reason);
    }

    @Override
    public String toString() {
        return ruleId + " waived: " + reason;
    }
}
