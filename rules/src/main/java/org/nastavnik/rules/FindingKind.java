package org.nastavnik.rules;

/** Whether a finding is a non-compliance now or one that will arise within the horizon. */
public enum FindingKind {
    /** Out of compliance as of the check date. */
    CURRENT,
    /**
     * Not yet out of compliance, but will be on its due date, which falls within the horizon
     * of the check (see {@link CheckOptions#horizonDays()}), if nothing happens before.
     */
    UPCOMING
}
