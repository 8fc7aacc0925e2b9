package org.nastavnik.rules;

/**
 * How well the source of a rule is confirmed, as tagged in the project's domain digest. A rule
 * whose source is {@link #PRIMARY_UNCHECKED} or {@link #OPEN} never has severity
 * {@link Severity#VIOLATION}.
 */
public enum Reliability {
    /** [V] The wording was seen in a public copy of the source. */
    VERIFIED("V"),
    /** [P] Recalled from the primary document but the clause was not re-read. */
    PRIMARY_UNCHECKED("P"),
    /** [S] Seen in a seed document (regional or municipal practice, not federal law). */
    SEED("S"),
    /** [L] Local practice seen in published school or municipal acts. */
    LOCAL("L"),
    /** [?] No source found. */
    OPEN("?");

    private final String tag;

    Reliability(String tag) {
        this.tag = tag;
    }

    /** @return the digest's tag, such as "P" */
    public String tag() {
        return tag;
    }

    /** @return whether the source is unconfirmed, so the rule may not be a violation */
    public boolean isUnconfirmed() {
        return this == PRIMARY_UNCHECKED || this == OPEN;
    }

    /**
     * @param tag  a digest tag: V, P, S, L or ?
     * @return the reliability with that tag
     * @throws IllegalArgumentException if the tag is none of those
     */
    public static Reliability ofTag(String tag) {
        for (Reliability r : values()) {
            if (r.tag.equals(tag.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown reliability tag (" + tag + "); expected one of V, P, S, L, ?");
    }
}
