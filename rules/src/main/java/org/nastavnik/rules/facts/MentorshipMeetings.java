package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Mentorship;

/**
 * A fact for rules: one mentoring pair or group with its meetings (встречи наставнической пары
 * или группы), in order of date, then id. The engine derives one per mentorship, with or without
 * meetings, instead of inserting every meeting, and keeps it current in a
 * {@link org.nastavnik.rules.ComplianceSession}; a rule about meetings matches it and reads the meetings
 * {@code from} it, with no join.
 */
public final class MentorshipMeetings {

    /** Date, then id. */
    private static final Comparator<Meeting> ORDER = MentorshipMeetings::compare;

    private final Mentorship mentorship;
    private final Optional<LocalDate> completedOn;
    private final List<Meeting> meetings;
    /** The day of the first meeting of each kind, by the kind's ordinal; null where none was held. */
    private final LocalDate[] firstOfKind = new LocalDate[KINDS.length];
    /** The working meetings whose confirmation form or feedback is missing: few, so a rule about them reads only these. */
    private final List<Meeting> workingUnconfirmed;

    private static final MeetingKind[] KINDS = MeetingKind.values();

    // Everything the rules ask is read here, once, while the meetings are at hand: a check makes
    // 50,000 of these, and reading the records again in each rule costs a cache miss a record.
    /**
     * @param meetings  the pair's meetings, a list no one changes afterwards (a view of the
     *     snapshot's list, or a copy): kept as it is when in order, copied and sorted otherwise
     */
    MentorshipMeetings(Mentorship mentorship, List<Meeting> meetings) {
        this.mentorship = Objects.requireNonNull(mentorship, "mentorship");
        this.completedOn = mentorship.completedOn();
        List<Meeting> ordered = meetings;
        if (!inOrder(meetings)) { // records usually come in order
            ordered = new ArrayList<>(meetings);
            ordered.sort(ORDER);
        }
        this.meetings = java.util.Collections.unmodifiableList(ordered);
        List<Meeting> unconfirmed = null;
        for (Meeting m : ordered) {
            int k = m.kind().ordinal();
            if (firstOfKind[k] == null) {
                firstOfKind[k] = m.date();
            }
            if (m.kind() == MeetingKind.WORKING) {
                if (!m.confirmationFormFilled() || !m.feedbackRecorded()) {
                    if (unconfirmed == null) {
                        unconfirmed = new ArrayList<>(2);
                    }
                    unconfirmed.add(m);
                }
            }
        }
        this.workingUnconfirmed = unconfirmed == null ? List.of() : java.util.Collections.unmodifiableList(unconfirmed);
    }

    /** @return the pair or group */
    public Mentorship mentorship() {
        return mentorship;
    }

    /** @return the id of the pair or group */
    public String mentorshipId() {
        return mentorship.id();
    }

    /** @return the organization that runs the pair or group */
    public String organizationId() {
        return mentorship.organizationId();
    }

    /** @return the day the pair or group completed, if it has */
    public Optional<LocalDate> completedOn() {
        return completedOn;
    }

    /** @return every meeting recorded, in order of date, then id */
    public List<Meeting> meetings() {
        return meetings;
    }

    /**
     * @param kind  a kind of meeting, not null
     * @return the meetings of that kind, in order
     */
    public List<Meeting> ofKind(MeetingKind kind) {
        List<Meeting> of = new ArrayList<>(2);
        for (Meeting m : meetings) {
            if (m.kind() == kind) {
                of.add(m);
            }
        }
        return of;
    }

    /**
     * @return the working meetings whose confirmation form is not filled in or whose feedback is
     *     not recorded, in order: a rule about such meetings reads these rather than every working
     *     meeting (most are in order)
     */
    public List<Meeting> workingUnconfirmed() {
        return workingUnconfirmed;
    }

    /**
     * @param date  the last day, not null
     * @return the meetings held on or before the day, in order
     */
    public List<Meeting> heldBy(LocalDate date) {
        int n = 0;
        while (n < meetings.size() && !meetings.get(n).date().isAfter(date)) {
            n++;
        }
        return meetings.subList(0, n);
    }

    /**
     * @param kind  a kind of meeting, not null
     * @param date  the last day, not null
     * @return whether a meeting of that kind was held on or before the day
     */
    public boolean held(MeetingKind kind, LocalDate date) {
        LocalDate first = firstOfKind[kind.ordinal()];
        return first != null && !first.isAfter(date);
    }

    private static int compare(Meeting a, Meeting b) {
        int byDate = a.date().compareTo(b.date());
        return byDate != 0 ? byDate : a.id().compareTo(b.id());
    }

    private static boolean inOrder(List<Meeting> meetings) {
        for (int i = 1; i < meetings.size(); i++) {
            if (compare(meetings.get(i - 1), meetings.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "MentorshipMeetings{" + mentorship.id() + ", " + meetings.size() + " meetings}";
    }
}
