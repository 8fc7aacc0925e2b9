package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.Objects;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;

/**
 * A fact for rules: one participant of one mentoring pair or group (участник наставнической
 * пары или группы) with their person record. The engine derives one per distinct participant
 * (the mentor, then each mentee) of every mentorship whose people it holds, so that rules about
 * participants match one fact instead of iterating each pair's ids and joining the people.
 */
public final class PairParticipant {

    private final Mentorship mentorship;
    private final Person person;
    private final ParticipantRole side;
    private final boolean listedAsMentee;

    PairParticipant(Mentorship mentorship, Person person) {
        this.mentorship = Objects.requireNonNull(mentorship, "mentorship");
        this.person = Objects.requireNonNull(person, "person");
        this.side = Participants.side(mentorship, person.id());
        this.listedAsMentee = mentorship.menteeIds().contains(person.id());
    }

    /** @return the pair or group */
    public Mentorship mentorship() {
        return mentorship;
    }

    /** @return the participant */
    public Person person() {
        return person;
    }

    /** @return the participant's id */
    public String personId() {
        return person.id();
    }

    /** @return the id of the pair or group */
    public String mentorshipId() {
        return mentorship.id();
    }

    /** @return the organization that runs the pair or group */
    public String organizationId() {
        return mentorship.organizationId();
    }

    /** @return the form of the pair or group */
    public MentoringForm form() {
        return mentorship.form();
    }

    /** @return the day the pair or group was formed */
    public LocalDate formedOn() {
        return mentorship.formedOn();
    }

    /** @return {@link ParticipantRole#MENTOR} for the mentor (even if also listed as a mentee), else {@link ParticipantRole#MENTEE} */
    public ParticipantRole side() {
        return side;
    }

    /** @return whether the pair lists the person among its mentees (a mentor listed there too is) */
    public boolean listedAsMentee() {
        return listedAsMentee;
    }

    @Override
    public String toString() {
        return "PairParticipant{" + person.id() + " " + side + " of " + mentorship.id() + "}";
    }
}
