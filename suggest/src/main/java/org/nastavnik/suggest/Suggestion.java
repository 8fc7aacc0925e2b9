package org.nastavnik.suggest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.rules.Finding;

/**
 * One suggested pair or group: its number in the draft annex, the mentor, the mentees, the form,
 * the start date and the reasons in Russian and English. A suggestion made by the matcher was
 * checked by the engine with the pair added and has no pair-level finding; a pair the curator
 * fixed by hand ({@link #fixed()}) is kept as it is and carries the engine's findings about it.
 */
public final class Suggestion {
    private final int number;
    private final String organizationId;
    private final MentoringForm form;
    private final String mentorId;
    private final List<String> menteeIds;
    private final LocalDate startOn;
    private final boolean fixed;
    private final Map<Language, List<String>> reasons;
    private final List<Finding> findings;

    Suggestion(int number, String organizationId, MentoringForm form, String mentorId, List<String> menteeIds,
            LocalDate startOn, boolean fixed, Map<Language, List<String>> reasons, List<Finding> findings) {
        this.number = number;
        this.organizationId = organizationId;
        this.form = form;
        this.mentorId = mentorId;
        this.menteeIds = List.copyOf(menteeIds);
        this.startOn = startOn;
        this.fixed = fixed;
        this.reasons = Map.copyOf(reasons);
        this.findings = List.copyOf(findings);
    }

    /** @return the row number in the draft annex, from 1 */
    public int number() {
        return number;
    }

    /** @return the id of the organization that runs the pair */
    public String organizationId() {
        return organizationId;
    }

    /** @return the form */
    public MentoringForm form() {
        return form;
    }

    /** @return the mentor's id */
    public String mentorId() {
        return mentorId;
    }

    /** @return the mentees' ids, sorted (a hand-fixed pair keeps the curator's order) */
    public List<String> menteeIds() {
        return menteeIds;
    }

    /** @return the day the pair starts (is formed) */
    public LocalDate startOn() {
        return startOn;
    }

    /** @return whether the curator fixed it by hand */
    public boolean fixed() {
        return fixed;
    }

    /**
     * @param language  the language, not null
     * @return why the pair is suggested: the preferences it meets, the mentor's load, the rules' verdict
     */
    public List<String> reasons(Language language) {
        return reasons.get(language);
    }

    /** @return the engine's pair-level findings about a hand-fixed pair; empty for the matcher's suggestions */
    public List<Finding> findings() {
        return findings;
    }

    @Override
    public String toString() {
        return "Suggestion{" + number + ", " + organizationId + ", " + form + ", " + mentorId + "→" + menteeIds
                + (fixed ? ", fixed" : "") + "}";
    }
}
