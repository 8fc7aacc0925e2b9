package org.nastavnik.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * A rule switched off in an engine's configuration, or a parameter it reads made weaker than a
 * higher layer of a {@link Profile} set it, with the reason, which every report of that engine
 * shows.
 */
public final class Waiver {

    private final String ruleId;
    private final String reason;
    private final String parameter;

    private Waiver(String ruleId, String reason, String parameter) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.parameter = parameter;
        if (reason.isBlank()) {
            throw new IllegalArgumentException("waiver of rule " + ruleId + " has a blank reason");
        }
    }

    /**
     * @param ruleId  the id of the rule waived
     * @param reason  why, shown in every report, not blank
     * @return the waiver that switches the rule off
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static Waiver of(String ruleId, String reason) {
        return new Waiver(ruleId, reason, null);
    }

    /**
     * A relaxation: the rule stays on, but a parameter it reads is weaker than a higher layer
     * of a profile set it.
     *
     * @param ruleId  the id of the rule that reads the parameter
     * @param parameter  the parameter's key, such as {@code pairWindowDays}
     * @param reason  why, with the values, shown in every report, not blank
     * @return the waiver, which does not switch the rule off
     * @throws IllegalArgumentException if {@code reason} is blank
     */
    public static Waiver relaxation(String ruleId, String parameter, String reason) {
        return new Waiver(ruleId, reason, Objects.requireNonNull(parameter, "parameter"));
    }

    /** @return the id of the rule waived */
    public String ruleId() {
        return ruleId;
    }

    /** @return why it was waived */
    public String reason() {
        return reason;
    }

    /** @return the parameter relaxed, for a relaxation; empty for a rule switched off */
    public Optional<String> parameter() {
        return Optional.ofNullable(parameter);
    }

    /** @return whether the rule is switched off (true), or stays on with a weaker parameter (false) */
    public boolean switchesOff() {
        return parameter == null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Waiver w && ruleId.equals(w.ruleId) && reason.equals(w.reason)
                && Objects.equals(parameter, w.parameter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, reason, parameter);
    }

    @Override
    public String toString() {
        return parameter == null ? ruleId + " waived: " + reason : ruleId + " relaxed (" + parameter + "): " + reason;
    }
}
