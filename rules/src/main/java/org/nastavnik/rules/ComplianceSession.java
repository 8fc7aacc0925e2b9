package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.Mentorship;

/**
 * A long-lived check for a system that keeps a snapshot live: the data stays in a Drools
 * session, each change re-evaluates only what it touches, and the findings that changed come
 * back. After any sequence of changes, {@link #report()} equals a full
 * {@link ComplianceEngine#check} of the snapshot with the same changes applied.
 *
 * <pre>{@code
 * try (ComplianceSession session = engine.openSession(snapshot, LocalDate.of(2022, 10, 1))) {
 *     FindingChanges changes = session.pairFormed(mentorship);
 *     changes.added().forEach(f -> notify(f));
 *     changes.removed().forEach(f -> resolve(f));
 * }
 * }</pre>
 *
 * <p>A change is not validated against the whole snapshot (that would cost a full pass): a
 * meeting must name a mentorship the session holds, a mentorship and a curator's appointment
 * an organization it holds, or the change is refused; other references are the caller's
 * responsibility. Not thread-safe: one thread at a time. Holds the facts in memory (about
 * 340 bytes per fact besides the records) until {@link #close()}.
 */
public interface ComplianceSession extends AutoCloseable {

    /** @return the day the session checks as of */
    LocalDate asOf();

    /** @return the findings that hold now, as a report of the engine's rule set */
    ComplianceReport report();

    /**
     * Applies one change and fires the rules it affects.
     *
     * @param change  the change, not null
     * @return the findings added and removed
     * @throws IllegalArgumentException if a removed record is not in the session, or a record
     *     names a mentorship or organization the session does not hold
     * @throws org.nastavnik.model.ValidationException if a record put lies outside the
     *     {@linkplain org.nastavnik.common.Limits limits} (a date, the length of an id or a text)
     * @throws IllegalStateException if the session is closed
     */
    FindingChanges apply(Change change);

    /**
     * Applies several changes, then fires the rules once.
     *
     * @param changes  the changes, in order, not null
     * @return the findings added and removed by all of them together
     * @throws IllegalArgumentException as {@link #apply(Change)}; the changes before the bad one stay applied
     * @throws IllegalStateException if the session is closed
     */
    FindingChanges applyAll(List<Change> changes);

    /**
     * Moves the check date: deadlines that pass on the way become findings.
     *
     * @param asOf  the new check date, not null
     * @return the findings added and removed
     * @throws org.nastavnik.model.ValidationException if {@code asOf} lies outside
     *     {@link org.nastavnik.common.Limits#MIN_DATE} to {@link org.nastavnik.common.Limits#MAX_DATE}
     * @throws IllegalStateException if the session is closed
     */
    FindingChanges advanceTo(LocalDate asOf);

    /**
     * @param mentorship  a pair or group formed, or changed (same id), not null
     * @return the findings added and removed
     */
    default FindingChanges pairFormed(Mentorship mentorship) {
        return apply(Change.pairFormed(mentorship));
    }

    /**
     * @param meeting  a meeting recorded, or corrected (same id), not null
     * @return the findings added and removed
     */
    default FindingChanges meetingRecorded(Meeting meeting) {
        return apply(Change.meetingRecorded(meeting));
    }

    /**
     * @param appointment  a curator's appointment, or its end (same person, organization and start), not null
     * @return the findings added and removed
     */
    default FindingChanges curatorAppointed(CuratorAppointment appointment) {
        return apply(Change.curatorAppointed(appointment));
    }

    /**
     * @param adoption  a form determined by an organization, not null
     * @return the findings added and removed
     */
    default FindingChanges formAdopted(FormAdoption adoption) {
        return apply(Change.formAdopted(adoption));
    }

    /** @return the number of facts in the session, findings included */
    long factCount();

    /** Frees the session. Further changes throw; closing twice does nothing. */
    @Override
    void close();
}
