package org.nastavnik.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.EventRef;
import org.nastavnik.deadline.FirstThenRecurring;
import org.nastavnik.deadline.InMonths;
import org.nastavnik.deadline.InYear;
import org.nastavnik.deadline.NamedEvent;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.deadline.Relative;
import org.nastavnik.common.DateRange;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of judging a duty, over random schedules, starts, days of judgement, grace days and
 * completions: the matching credits each completion at most once, never to an occurrence whose
 * window had not opened, always to the earliest open occurrence still owed, and every
 * occurrence is in exactly the state its dates say.
 */
class DutyPropertiesTest {

    private static final LocalDate BASE = LocalDate.of(2020, 1, 1);

    /** One random judgement. */
    record Case(Deadline deadline, LocalDate start, LocalDate asOf, int horizon, int grace,
            List<LocalDate> completions, List<LocalDate> events) {

        EventDates eventDates() {
            return EventDates.of(Map.of(EventRef.of(NamedEvent.FORM_ADOPTION), events));
        }

        DutyStatus judge() {
            return Duty.of(deadline, DutyStart.periodStart(start)).withGraceDays(grace)
                    .judge(asOf, asOf.plusDays(horizon), completions, eventDates());
        }
    }

    private static Gen<Deadline> deadlines() {
        Gen<Integer> day = integers().between(1, 31);
        Gen<Integer> month = integers().between(1, 12);
        Gen<Integer> year = integers().between(2019, 2024);
        return Generate.oneOf(
                day.map(d -> (Deadline) Recurring.monthlyOn(d)),
                day.map(d -> (Deadline) Recurring.monthlyBy(d)),
                Generate.constant((Deadline) Recurring.monthly()),
                Generate.constant((Deadline) Recurring.quarterly()),
                day.map(d -> (Deadline) Recurring.quarterlyAfterBy(d)),
                Generate.constant((Deadline) Recurring.halfYearly()),
                Generate.constant((Deadline) Recurring.yearly()),
                month.zip(integers().between(1, 28), (m, d) -> (Deadline) Recurring.yearlyBy(MonthDay.of(m, d))),
                integers().between(1, 7).map(w -> (Deadline) Recurring.weeklyOn(DayOfWeek.of(w))),
                integers().between(0, 1500).map(n -> (Deadline) FirstThenRecurring.of(BASE.plusDays(n),
                        Recurring.quarterly())),
                integers().between(0, 1500).map(n -> (Deadline) ByDate.of(BASE.plusDays(n))),
                year.map(y -> (Deadline) InYear.of(y)),
                year.zip(month, month, (y, a, b) -> (Deadline) InMonths.of(
                        List.of(YearMonth.of(y, a), YearMonth.of(y, a).plusMonths(1 + b)))),
                integers().between(1, 60).map(n -> (Deadline) Relative.of(n, Relative.Unit.CALENDAR_DAYS,
                        NamedEvent.FORM_ADOPTION)));
    }

    private static Gen<List<LocalDate>> days(int from, int to, int max) {
        return lists().of(integers().between(from, to).map(BASE::plusDays)).ofSizeBetween(0, max);
    }

    private static Gen<Case> cases() {
        Gen<LocalDate> start = integers().between(-400, 1500).map(BASE::plusDays);
        return deadlines().zip(start, integers().between(0, 1500), integers().between(0, 60),
                (d, s, asOfAfter, horizon) -> new Object[] {d, s, s.plusDays(asOfAfter), horizon})
                .zip(integers().between(0, 10), days(-500, 3200, 30), days(-400, 3000, 6),
                        (a, grace, completions, events) -> new Case((Deadline) a[0], (LocalDate) a[1],
                                (LocalDate) a[2], (Integer) a[3], grace, completions, events));
    }

    @Test
    void each_completion_counts_at_most_once_and_only_on_or_before_the_day_of_judgement() {
        qt().withExamples(3000).forAll(cases()).checkAssert(c -> {
            DutyStatus s = c.judge();
            List<LocalDate> seen = new ArrayList<>(c.completions().stream().filter(d -> !d.isAfter(c.asOf())).toList());
            List<LocalDate> accounted = new ArrayList<>(s.uncredited());
            s.occurrences().forEach(o -> o.completedOn().ifPresent(accounted::add));
            seen.sort(null);
            accounted.sort(null);
            assertEquals(seen, accounted, () -> "completions credited and left over differ: " + s);
        });
    }

    @Test
    void a_completion_is_credited_only_within_an_open_window_to_the_occurrence_it_follows_or_the_next() {
        qt().withExamples(3000).forAll(cases()).checkAssert(c -> {
            DutyStatus s = c.judge();
            List<JudgedOccurrence> occ = s.occurrences();
            for (int i = 0; i < occ.size(); i++) {
                JudgedOccurrence o = occ.get(i);
                if (o.completedOn().isEmpty()) {
                    continue;
                }
                LocalDate done = o.completedOn().get();
                int k = i;
                assertTrue(o.occurrence().isOpenOn(done), () -> "credited before its window opened: " + o);
                if (done.isAfter(limit(o, c))) {
                    // late: it is the latest occurrence whose last day on time had passed (N, never older)
                    assertTrue(k + 1 == occ.size() || !done.isAfter(limit(occ.get(k + 1), c)),
                            () -> "completion " + done + " credited late to " + o.dueOn()
                                    + " although a later occurrence was also past: " + s);
                    // and not when the next one, open and not yet done then, claimed it (made within its period)
                    if (k + 1 < occ.size()) {
                        JudgedOccurrence next = occ.get(k + 1);
                        assertFalse(next.occurrence().isOpenOn(done)
                                && next.occurrence().period().filter(p -> !done.isBefore(p.startInclusive())).isPresent()
                                && next.completedOn().filter(d -> !d.isAfter(done)).isEmpty(),
                                () -> "completion " + done + " credited late to " + o.dueOn() + " although made within "
                                        + next.dueOn() + "'s period: " + s);
                    }
                } else if (i > 0) {
                    // on time for N + 1: while N, already past, was still owed, only when made within N + 1's period
                    JudgedOccurrence before = occ.get(i - 1);
                    assertTrue(!done.isAfter(limit(before, c))
                            || before.completedOn().filter(b -> !b.isAfter(done)).isPresent()
                            || o.occurrence().period().filter(p -> !done.isBefore(p.startInclusive())).isPresent(),
                            () -> "completion " + done + " went to " + o.dueOn() + " while " + before.dueOn()
                                    + " was owed: " + s);
                    // and never to an occurrence two windows ahead
                    assertTrue(i < 2 || done.isAfter(limit(occ.get(i - 2), c)) || !done.isAfter(limit(before, c)),
                            () -> "completion " + done + " skipped a window: " + s);
                }
            }
        });
    }

    @Test
    void a_completion_left_over_had_no_owed_occurrence_to_go_to() {
        qt().withExamples(3000).forAll(cases()).checkAssert(c -> {
            DutyStatus s = c.judge();
            List<JudgedOccurrence> occ = s.occurrences();
            for (LocalDate left : s.uncredited()) {
                int n = 0;
                while (n < occ.size() && limit(occ.get(n), c).isBefore(left)) {
                    n++;
                }
                for (int k : new int[] {n - 1, n}) {
                    if (k >= 0 && k < occ.size() && occ.get(k).occurrence().isOpenOn(left)) {
                        JudgedOccurrence o = occ.get(k);
                        assertTrue(o.completedOn().filter(d -> !d.isAfter(left)).isPresent(),
                                () -> "completion " + left + " left over while " + o + " was owed: " + s);
                    }
                }
            }
        });
    }

    private static LocalDate limit(JudgedOccurrence o, Case c) {
        return o.dueOn().plusDays(c.grace());
    }

    @Test
    void every_occurrence_is_in_exactly_the_state_its_dates_give() {
        qt().withExamples(3000).forAll(cases()).checkAssert(c -> {
            DutyStatus s = c.judge();
            for (JudgedOccurrence o : s.occurrences()) {
                LocalDate limit = o.dueOn().plusDays(c.grace());
                switch (o.state()) {
                    case DONE -> assertFalse(o.completedOn().get().isAfter(limit), o::toString);
                    case DONE_LATE -> {
                        assertTrue(o.completedOn().get().isAfter(limit), o::toString);
                        assertEquals(JudgedOccurrence.between(o.dueOn(), o.completedOn().get()), o.days());
                    }
                    case OVERDUE -> {
                        assertTrue(c.asOf().isAfter(limit), o::toString);
                        assertEquals(JudgedOccurrence.between(o.dueOn(), c.asOf()), o.days());
                    }
                    case DUE_TODAY -> assertEquals(c.asOf(), limit, o::toString);
                    case UPCOMING -> assertTrue(c.asOf().isBefore(limit), o::toString);
                }
                assertEquals(o.state() == JudgedOccurrence.State.DONE || o.state() == JudgedOccurrence.State.DONE_LATE,
                        o.completedOn().isPresent());
            }
        });
    }

    @Test
    void occurrences_are_those_of_the_deadline_from_the_start_to_the_end_of_the_horizon() {
        qt().withExamples(2000).forAll(cases()).checkAssert(c -> {
            DutyStatus s = c.judge();
            LocalDate end = c.asOf().plusDays(c.horizon());
            List<LocalDate> due = s.occurrences().stream().map(JudgedOccurrence::dueOn).toList();
            List<LocalDate> expected = c.deadline().occurrences(DateRange.of(c.start(), end), c.eventDates());
            // owed: those of the deadline whose period did not begin before the start
            assertTrue(expected.containsAll(due), () -> "for " + c.deadline() + ": " + due + " not within " + expected);
            for (JudgedOccurrence o : s.occurrences()) {
                assertTrue(o.occurrence().period().map(p -> !p.startInclusive().isBefore(c.start())).orElse(true),
                        o::toString);
            }
            boolean leftOut = false;
            for (LocalDate left : expected) {
                if (!due.contains(left)) {
                    leftOut = true;
                    // only a recurrence's first, partial period: within a year of the start
                    assertTrue(left.isBefore(c.start().plusYears(1))
                            && (c.deadline() instanceof Recurring || c.deadline() instanceof FirstThenRecurring),
                            () -> left + " of " + c.deadline() + " left out, the start being " + c.start());
                }
            }
            assertEquals(leftOut, s.notOwed().isPresent(), () -> c + ": " + s.notOwed());
            s.notOwed().ifPresent(n -> assertTrue(n.period().orElseThrow().startInclusive().isBefore(c.start())
                    && !n.dueOn().isBefore(c.start()), n::toString));
            assertFalse(s.truncated());
        });
    }

    @Test
    void an_absurdly_early_start_is_capped_and_says_so() {
        qt().withExamples(200).forAll(deadlines(), integers().between(0, 3000)).checkAssert((d, n) -> {
            LocalDate asOf = BASE.plusDays(n);
            DutyStatus s = Duty.of(d, DutyStart.event(LocalDate.of(-999_999_999, 1, 1), "первого определения формы",
                    "the first determination of a form")).judge(asOf, asOf.plusDays(14), List.of(asOf),
                    EventDates.of(NamedEvent.FORM_ADOPTION, asOf.minusDays(3)));
            assertTrue(s.occurrences().size() <= Duty.MAX_OCCURRENCES);
            if (d instanceof Recurring) {
                assertTrue(s.truncated(), () -> d + " from year -999999999 was not capped");
                assertEquals(Duty.MAX_OCCURRENCES, s.occurrences().size());
                // the latest occurrences are kept: the last one is due within the horizon
                assertFalse(s.occurrences().get(s.occurrences().size() - 1).dueOn().isBefore(asOf.minusYears(1)));
            }
        });
    }
}
