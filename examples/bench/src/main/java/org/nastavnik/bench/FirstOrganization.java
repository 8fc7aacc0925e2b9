package org.nastavnik.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.Change;

/**
 * The same three changes at every size of a generated territory, made of the records of its
 * first organization (the generator makes each organization from the seed and its index alone,
 * so the first one is the same in a territory of 10 organizations and of 1,000): its middle pair
 * formed 40 days late and on time again, a working meeting of that pair without feedback recorded
 * and removed again, its curator's appointment (the first in force on the check date, else the
 * first) ended the day after it began and restored.
 */
final class FirstOrganization {

    /** The pair as generated. */
    final Mentorship pair;
    /** The pair formed 40 days later. */
    final Mentorship latePair;
    /** A working meeting of the pair, 60 days after the late formation, without feedback. */
    final Meeting meeting;
    /** The curator's appointment as generated. */
    final CuratorAppointment curator;
    /** The appointment ended the day after it began. */
    final CuratorAppointment endedCurator;
    /** Every record of the organization, for comparing territories of different sizes. */
    final List<Object> records;

    private FirstOrganization(Snapshot s) {
        String org = s.organizations().get(0).id();
        List<Mentorship> pairs = s.mentorships().stream().filter(m -> m.organizationId().equals(org)).toList();
        pair = pairs.get(pairs.size() / 2);
        latePair = Mentorship.builder().from(pair).formedOn(pair.formedOn().plusDays(40)).build();
        meeting = Meeting.builder().id("bench-meeting").mentorshipId(pair.id()).kind(MeetingKind.WORKING)
                .date(latePair.formedOn().plusDays(60)).build();
        List<CuratorAppointment> curators = s.curatorAppointments().stream()
                .filter(c -> c.organizationId().equals(org)).toList();
        if (curators.isEmpty()) {
            throw new IllegalStateException("the first organization (" + org + ") has no curator's appointment");
        }
        curator = curators.stream().filter(c -> c.inForceOn(TerritoryGenerator.AS_OF)).findFirst()
                .orElse(curators.get(0));
        endedCurator = CuratorAppointment.builder().from(curator).endedOn(curator.appointedOn().plusDays(1)).build();
        Set<String> pairIds = new HashSet<>();
        pairs.forEach(m -> pairIds.add(m.id()));
        records = new ArrayList<>();
        records.add(s.organizations().get(0));
        records.addAll(pairs);
        s.meetings().stream().filter(m -> pairIds.contains(m.mentorshipId())).forEach(records::add);
        records.addAll(curators);
        s.formAdoptions().stream().filter(a -> a.organizationId().equals(org)).forEach(records::add);
        s.people().stream().filter(p -> p.organizationId().equals(org)).forEach(records::add);
    }

    /**
     * @param s  a generated territory, not null
     * @return the changes of its first organization
     */
    static FirstOrganization of(Snapshot s) {
        return new FirstOrganization(s);
    }

    /**
     * @param step  the step, from 0
     * @return the pair formed late on even steps, on time again on odd ones
     */
    Change pairChange(int step) {
        return Change.pairFormed((step & 1) == 0 ? latePair : pair);
    }

    /**
     * @param step  the step, from 0
     * @return the meeting recorded on even steps, removed on odd ones
     */
    Change meetingChange(int step) {
        return (step & 1) == 0 ? Change.meetingRecorded(meeting) : Change.remove(meeting);
    }

    /**
     * @param step  the step, from 0
     * @return the appointment ended on even steps, restored on odd ones
     */
    Change curatorChange(int step) {
        return Change.curatorAppointed((step & 1) == 0 ? endedCurator : curator);
    }
}
