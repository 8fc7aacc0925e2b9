package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.model.Mentorship;

/**
 * A fact for rules: one mentee of one mentoring pair or group (наставляемый в паре или группе).
 * The engine derives one per mentee of every mentorship, so that a rule asking whether a person
 * is in some pair joins by {@link #personId()} instead of searching every pair's list of mentees.
 */
public final class PairedMentee {

    private final String personId;
    private final String mentorshipId;
    private final String organizationId;
    private final LocalDate formedOn;
    private final Optional<LocalDate> completedOn;

    PairedMentee(String personId, Mentorship mentorship) {
        this.personId = Objects.requireNonNull(personId, "personId");
        this.mentorshipId = mentorship.id();
        this.organizationId = mentorship.organizationId();
        this.formedOn = mentorship.formedOn();
        this.completedOn = mentorship.completedOn();
    }

    /** @return one fact per distinct mentee of the pair, in its order */
    static List<PairedMentee> of(Mentorship m) {
        List<PairedMentee> facts = new ArrayList<>(m.menteeIds().size());
        for (String personId : new LinkedHashSet<>(m.menteeIds())) {
            facts.add(new PairedMentee(personId, m));
        }
        return facts;
    }

    /** @return the mentee's id */
    public String personId() {
        return personId;
    }

    /** @return the id of the pair or group */
    public String mentorshipId() {
        return mentorshipId;
    }

    /** @return the organization of the pair or group */
    public String organizationId() {
        return organizationId;
    }

    /** @return the day the pair or group was formed */
    public LocalDate formedOn() {
        return formedOn;
    }

    /** @return the day it completed, if it has */
    public Optional<LocalDate> completedOn() {
        return completedOn;
    }

    @Override
    public String toString() {
        return "PairedMentee{" + personId + " in " + mentorshipId + "}";
    }
}
