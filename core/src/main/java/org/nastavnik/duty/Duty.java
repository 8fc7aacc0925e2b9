package org.nastavnik.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.nastavnik.deadline.AsNeeded;
import org.nastavnik.deadline.BySchedule;
import org.nastavnik.deadline.Continuous;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.deadline.Unrecognized;

/**
 * A duty over time (обязанность): a deadline that binds from a start day, to the end of a period
 * if it has one, judged with some grace days.
 *
 * <p>{@link #judge} lists the occurrences due from the start to the end of the check's horizon
 * (see {@link Schedule}: at most {@value #MAX_OCCURRENCES}, the latest kept) and credits the
 * completions to them, oldest first. A completion done after occurrence N's last day on time and
 * not after N + 1's is N's, late, while N is owed, unless it was made within N + 1's
 * {@linkplain Occurrence#period() period}: then it is N + 1's, on time. A yearly refresh due
 * 01.10.2023 made on 15.10.2023 is 2023's, two weeks late, while one made on 20.09.2024 with
 * 2023's never made is 2024's, on time; the personified accounting updated on 10 June is June's
 * even when May's is missing; a quarter's report due by the 5th of the next month and made on
 * 20 April is the first quarter's, late (the second quarter's cannot be made before it ends). A
 * completion goes to no other occurrence: never to one whose window had not opened (see
 * {@link Occurrence#opensOn()}), never to a later one while N is owed, never to an older one
 * than N (a yearly list refreshed two weeks late is late for its year, not a year late for the
 * year before), and no completion counts twice; those credited to none are
 * {@link DutyStatus#uncredited()}. Each occurrence is then exactly one of done (on or
 * before its due day plus the grace days), done late (after that; {@link JudgedOccurrence#days()}
 * from the due day), overdue (not done and the due day plus the grace days has passed), due today
 * (the last day on time is the day of judgement) or upcoming. Completions after the day of
 * judgement are ignored.
 *
 * <p>When an occurrence is owed: when it falls due on or after the start and, for an occurrence
 * of a recurrence, the duty had started by the first day of the {@linkplain Occurrence#period()
 * period} it is for: the occurrences of a period that began before the duty are not owed (the
 * latest of them is {@link DutyStatus#notOwed()}, which a finding explains). A monthly report
 * due on the 25th is not owed for September by a duty starting on 10 September (September was not
 * a full month of the duty), but is owed for May by one starting on 1 May; a quarterly one is owed
 * for a quarter only when the duty began by its first day. A year is not cut that way: a yearly
 * occurrence's period is the month up to its due day, so a roadmap approved on 6 March for
 * «2023–2024 годы» owes its refresh «ежегодно, до 01 октября» of 2023, while a school that
 * determined its first form on 10 September does not owe the refresh of 1 October that year.
 *
 * @param deadline  the deadline, not null
 * @param start  when the duty starts (see above), not null
 * @param lastDue  the last day an occurrence may fall due on (the end of the roadmap's period), if any, not null
 * @param graceDays  the days after a due day on which a completion still counts as on time, 0 or more
 */
public record Duty(Deadline deadline, DutyStart start, Optional<LocalDate> lastDue, int graceDays) {

    /** The most occurrences one judgement lists; earlier ones are left out and the status says so. */
    public static final int MAX_OCCURRENCES = 1000;

    /**
     * Checks the parts.
     *
     * @param deadline  the deadline, not null
     * @param start  the start, not null
     * @param lastDue  the last due day, not null
     * @param graceDays  0 or more
     * @throws IllegalArgumentException if {@code graceDays} is negative
     */
    public Duty {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(lastDue, "lastDue");
        if (graceDays < 0) {
            throw new IllegalArgumentException("graceDays (" + graceDays + ") must not be negative");
        }
    }

    /**
     * @param deadline  the deadline, not null
     * @param start  when the duty starts, not null
     * @return a duty with no end and no grace days
     */
    public static Duty of(Deadline deadline, DutyStart start) {
        return new Duty(deadline, start, Optional.empty(), 0);
    }

    /**
     * @param day  the last day an occurrence may fall due on, not null
     * @return this duty ending then
     */
    public Duty until(LocalDate day) {
        return new Duty(deadline, start, Optional.of(day), graceDays);
    }

    /**
     * @param days  the grace days, 0 or more
     * @return this duty with the grace days
     */
    public Duty withGraceDays(int days) {
        return new Duty(deadline, start, lastDue, days);
    }

    /**
     * Why this duty is never judged overdue, if it is not: continuous, by someone else's schedule
     * or plan (whatever its recurrence word), as needed, or an unread phrase.
     *
     * @return the reason, or empty when it is judged
     */
    public Optional<NotJudged> notJudged() {
        return notJudged(deadline);
    }

    /**
     * @param deadline  a deadline, not null
     * @return why it is never judged overdue, or empty when it is judged
     */
    public static Optional<NotJudged> notJudged(Deadline deadline) {
        if (deadline instanceof Continuous) {
            return Optional.of(NotJudged.CONTINUOUS);
        }
        if (deadline instanceof BySchedule || deadline instanceof Recurring r && r.schedule().isPresent()) {
            return Optional.of(NotJudged.OTHERS_SCHEDULE);
        }
        if (deadline instanceof AsNeeded) {
            return Optional.of(NotJudged.AS_NEEDED);
        }
        if (deadline instanceof Unrecognized) {
            return Optional.of(NotJudged.UNRECOGNIZED);
        }
        return Optional.empty();
    }

    /**
     * The occurrences due from the start to {@code to} (and not after {@link #lastDue()}).
     *
     * @param to  the last day wanted, such as the end of the check's horizon, not null
     * @param events  the dates of the events a relative deadline counts from, not null
     * @return the occurrences, bounded, not null
     */
    public Schedule occurrences(LocalDate to, EventDates events) {
        LocalDate end = lastDue.isPresent() && lastDue.get().isBefore(to) ? lastDue.get() : to;
        if (notJudged().isPresent()) {
            return new Schedule(List.of(), start.date(), end, false);
        }
        Schedule all = Occurrences.of(deadline, start.date(), end, events, MAX_OCCURRENCES);
        List<Occurrence> owed = new ArrayList<>(all.occurrences().size());
        Occurrence notOwed = null;
        for (Occurrence o : all.occurrences()) {
            if (o.period().isPresent() && o.period().get().startInclusive().isBefore(start.date())) {
                notOwed = o; // the first period was not a full one
            } else {
                owed.add(o);
            }
        }
        return new Schedule(owed, all.from(), all.to(), all.truncated(), Optional.ofNullable(notOwed));
    }

    /**
     * Whether occurrence N + 1 claims a completion made after N's last day on time: when it was
     * made within N + 1's period (on or after the period's first day), the completion is the one
     * for N + 1, on time; otherwise it is N's, late.
     */
    private static boolean claims(Occurrence next, LocalDate c) {
        return next.period().map(p -> !c.isBefore(p.startInclusive())).orElse(false);
    }

    /**
     * Judges the duty as of a day.
     *
     * @param asOf  the day of judgement, not null
     * @param horizonEnd  the last day upcoming occurrences are listed for, on or after {@code asOf}, not null
     * @param completions  the days the duty was done, in any order, repeated days counting once each, not null
     * @param events  the dates of the events a relative deadline counts from, not null
     * @return each occurrence with its state, not null
     */
    public DutyStatus judge(LocalDate asOf, LocalDate horizonEnd, Collection<LocalDate> completions,
            EventDates events) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(horizonEnd, "horizonEnd");
        Objects.requireNonNull(completions, "completions");
        Optional<NotJudged> reason = notJudged();
        if (reason.isPresent()) {
            return new DutyStatus(this, reason, List.of(), List.of(), false, Optional.empty());
        }
        Schedule schedule = occurrences(horizonEnd.isBefore(asOf) ? asOf : horizonEnd, events);
        List<LocalDate> done = new ArrayList<>(completions.size());
        for (LocalDate c : completions) {
            if (!Objects.requireNonNull(c, "completion").isAfter(asOf)) {
                done.add(c);
            }
        }
        done.sort(null);
        List<Occurrence> occ = schedule.occurrences();
        LocalDate[] credited = new LocalDate[occ.size()];
        List<LocalDate> uncredited = new ArrayList<>();
        // The occurrences whose last day on time is before c: occ[n - 1] is the latest of them (N),
        // occ[n] the next (N + 1). While N is owed, c goes to N, late, unless it was made within
        // N + 1's period and N + 1 can take it (then it is N + 1's, on time); else to N + 1, on
        // time; else to N, late.
        int n = 0;
        for (LocalDate c : done) {
            while (n < occ.size() && occ.get(n).dueOn().plusDays(graceDays).isBefore(c)) {
                n++;
            }
            boolean lateFree = n > 0 && credited[n - 1] == null && occ.get(n - 1).isOpenOn(c);
            boolean nextFree = n < occ.size() && credited[n] == null && occ.get(n).isOpenOn(c);
            if (lateFree && (!nextFree || !claims(occ.get(n), c))) {
                credited[n - 1] = c;
            } else if (nextFree) {
                credited[n] = c;
            } else {
                uncredited.add(c);
            }
        }
        List<JudgedOccurrence> judged = new ArrayList<>(occ.size());
        for (int i = 0; i < occ.size(); i++) {
            Occurrence o = occ.get(i);
            LocalDate limit = o.dueOn().plusDays(graceDays);
            LocalDate c = credited[i];
            if (c != null) {
                judged.add(c.isAfter(limit)
                        ? new JudgedOccurrence(o, JudgedOccurrence.State.DONE_LATE, Optional.of(c),
                                JudgedOccurrence.between(o.dueOn(), c))
                        : new JudgedOccurrence(o, JudgedOccurrence.State.DONE, Optional.of(c), 0));
            } else if (asOf.isAfter(limit)) {
                judged.add(new JudgedOccurrence(o, JudgedOccurrence.State.OVERDUE, Optional.empty(),
                        JudgedOccurrence.between(o.dueOn(), asOf)));
            } else if (asOf.isEqual(limit)) {
                judged.add(new JudgedOccurrence(o, JudgedOccurrence.State.DUE_TODAY, Optional.empty(), 0));
            } else {
                judged.add(new JudgedOccurrence(o, JudgedOccurrence.State.UPCOMING, Optional.empty(),
                        JudgedOccurrence.between(asOf, limit)));
            }
        }
        return new DutyStatus(this, Optional.empty(), judged, uncredited, schedule.truncated(), schedule.notOwed());
    }
}
