package org.nastavnik.rules.spi;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.duty.Duty;
import org.nastavnik.duty.DutyStart;
import org.nastavnik.duty.DutyStatus;
import org.nastavnik.duty.JudgedOccurrence;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Completion;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Programme;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Territory;

/**
 * The duty model ({@link Duty}) for rules and region packs that judge dates: one start, one
 * matching of completions, one set of states. A rule collects the records that complete a duty
 * and iterates the occurrences to report:
 *
 * <pre>{@code
 * $done : List() from collect( MonitoringReport( organizationId == $o.id, kind == MonitoringKind.PERIODIC ) )
 * $s : DutyStatus() from DutyChecks.judge(Recurring.monthlyOn(25), $start, $lastDue, $done, $ctx)
 * $o : JudgedOccurrence( state != JudgedOccurrence.State.DONE ) from DutyChecks.reportable($s, $ctx)
 * }</pre>
 *
 * <p>A duty starts on the latest of the roadmap period's start, the roadmap's approval and the
 * event it depends on ({@link #start}); findings carry {@link DutyStart#describe} of it.
 */
public final class DutyChecks {

    /** The event most duties of an organization depend on, in the Russian genitive. */
    public static final String FIRST_ADOPTION_RU = "первого определения формы наставничества";
    /** The same in English. */
    public static final String FIRST_ADOPTION_EN = "the first determination of a mentoring form";

    private DutyChecks() {
    }

    /**
     * @param periodStart  the roadmap period's start, or null
     * @param approval  the roadmap's approval, or null
     * @param firstAdoption  the first determination of a form the duty depends on, or null
     * @return the latest of them, as a list of one (empty when none is known), for {@code from}
     */
    public static List<DutyStart> start(LocalDate periodStart, LocalDate approval, LocalDate firstAdoption) {
        Optional<DutyStart> event = Optional.ofNullable(firstAdoption)
                .map(d -> DutyStart.event(d, FIRST_ADOPTION_RU, FIRST_ADOPTION_EN));
        return DutyStart.latest(Optional.ofNullable(periodStart), Optional.ofNullable(approval), event)
                .map(List::of).orElse(List.of());
    }

    /**
     * The start of a duty that follows an event of its own (the completion or the formation of a
     * pair), within the roadmap: the latest of the roadmap period's start, its approval and the event.
     *
     * @param periodStart  the roadmap period's start, or null
     * @param approval  the roadmap's approval, or null
     * @param event  the day of the event, or null
     * @param eventRu  the event in the Russian genitive, not blank
     * @param eventEn  the event in English, not blank
     * @return the latest of them, as a list of one (empty when none is known), for {@code from}
     */
    public static List<DutyStart> start(LocalDate periodStart, LocalDate approval, LocalDate event, String eventRu,
            String eventEn) {
        Optional<DutyStart> e = Optional.ofNullable(event).map(d -> DutyStart.event(d, eventRu, eventEn));
        return DutyStart.latest(Optional.ofNullable(periodStart), Optional.ofNullable(approval), e)
                .map(List::of).orElse(List.of());
    }

    /**
     * The start of an organization's duty: the latest of the period's start and the approval of
     * {@linkplain #roadmapOf its roadmap} and the first determination of a form the duty depends on.
     *
     * @param organization  the organization, not null
     * @param roadmaps  the snapshot's roadmaps (other facts are ignored), not null
     * @param firstAdoption  the first determination of a form, or null (when none was made)
     * @return the start, as a list of one (empty when none of the three is known), for {@code from}
     */
    public static List<DutyStart> startFor(Organization organization, Collection<?> roadmaps, LocalDate firstAdoption) {
        Roadmap r = roadmapOf(organization, roadmaps);
        return start(periodStart(r), approval(r), firstAdoption);
    }

    /**
     * Whether a roadmap's territory covers an organization: the same region (a roadmap whose
     * region was not stated covers by its municipality alone) and, for a municipal territory, the
     * same municipality.
     *
     * @param territory  the roadmap's territory, not null
     * @param organization  the organization, not null
     * @return whether the organization lies in the territory
     */
    public static boolean covers(Territory territory, Organization organization) {
        boolean region = territory.region().map(organization.region()::equals)
                .orElse(territory.municipality().isPresent());
        return region && (territory.municipality().isEmpty()
                || territory.municipality().equals(organization.municipality()));
    }

    /**
     * The roadmap an organization's duties come from: among the snapshot's roadmaps, those of its
     * municipality (a municipal roadmap of the same region and municipality), else those of its
     * region (a regional roadmap); of them the one that starts first (its period's start, else its
     * approval), so that a duty is owed from the first roadmap on.
     *
     * @param organization  the organization, not null
     * @param roadmaps  the snapshot's roadmaps (other facts are ignored), not null
     * @return that roadmap, or null when none applies
     */
    public static Roadmap roadmapOf(Organization organization, Collection<?> roadmaps) {
        Roadmap municipal = null;
        Roadmap regional = null;
        for (Object o : roadmaps) {
            if (!(o instanceof Roadmap r) || !covers(r.territory(), organization)) {
                continue;
            }
            LocalDate start = roadmapStart(r);
            if (start == null) {
                continue;
            }
            if (r.level() == RoadmapLevel.MUNICIPAL && r.territory().municipality().isPresent()
                    && r.territory().municipality().equals(organization.municipality())) {
                if (municipal == null || start.isBefore(roadmapStart(municipal))) {
                    municipal = r;
                }
            } else if (r.level() == RoadmapLevel.REGIONAL
                    && (regional == null || start.isBefore(roadmapStart(regional)))) {
                regional = r;
            }
        }
        return municipal != null ? municipal : regional;
    }

    private static LocalDate roadmapStart(Roadmap r) {
        return r.period().map(DateRange::startInclusive).orElse(r.approval().date().orElse(null));
    }

    /**
     * @param roadmap  a roadmap, or null
     * @return its period's first day, or null when there is no roadmap or it has no period
     */
    public static LocalDate periodStart(Roadmap roadmap) {
        return roadmap == null ? null : roadmap.period().map(DateRange::startInclusive).orElse(null);
    }

    /**
     * @param roadmap  a roadmap, or null
     * @return the day it was approved, or null when there is no roadmap or the day is not known
     */
    public static LocalDate approval(Roadmap roadmap) {
        return roadmap == null ? null : roadmap.approval().date().orElse(null);
    }

    /**
     * @param adoptions  form adoptions (other facts are ignored), not null
     * @return the earliest day a form was determined among them, or null when none
     */
    public static LocalDate firstAdoption(Collection<?> adoptions) {
        LocalDate first = null;
        for (Object o : adoptions) {
            if (o instanceof FormAdoption a && (first == null || a.adoptedOn().isBefore(first))) {
                first = a.adoptedOn();
            }
        }
        return first;
    }

    /**
     * Judges a duty as of the check.
     *
     * @param deadline  the duty's deadline, not null
     * @param start  when it starts, not null
     * @param lastDue  the last day an occurrence may fall due on, or null for none
     * @param records  the records that complete it: {@link Completion}s, {@link ListUpdate}s,
     *     {@link MonitoringReport}s, {@link Agreement}s, {@link CuratorAppointment}s, {@link LocalAct}s,
     *     {@link Programme}s (by their start) or {@link LocalDate}s; other facts are ignored; not null
     * @param ctx  the check, not null
     * @return the status, with the occurrences due from the start to the end of the horizon
     */
    public static DutyStatus judge(Deadline deadline, DutyStart start, LocalDate lastDue, Collection<?> records,
            CheckContext ctx) {
        return judge(deadline, start, lastDue, records, ctx, 0, EventDates.none());
    }

    /**
     * Judges a duty as of the check, with grace days and event dates.
     *
     * @param deadline  the duty's deadline, not null
     * @param start  when it starts, not null
     * @param lastDue  the last day an occurrence may fall due on, or null for none
     * @param records  the records that complete it, not null
     * @param ctx  the check, not null
     * @param graceDays  the grace days, 0 or more
     * @param events  the dates of the events a relative deadline counts from, not null
     * @return the status
     */
    public static DutyStatus judge(Deadline deadline, DutyStart start, LocalDate lastDue, Collection<?> records,
            CheckContext ctx, int graceDays, EventDates events) {
        Duty duty = Duty.of(deadline, start).withGraceDays(graceDays);
        if (lastDue != null) {
            duty = duty.until(lastDue);
        }
        return duty.judge(ctx.asOf(), ctx.horizonEnd(), dates(records), events);
    }

    /**
     * The occurrences a rule reports: done late, overdue, and (with a horizon) not done yet.
     *
     * @param status  a duty's status, not null
     * @param ctx  the check, not null
     * @return those occurrences, in due order
     */
    public static List<JudgedOccurrence> reportable(DutyStatus status, CheckContext ctx) {
        List<JudgedOccurrence> out = new ArrayList<>();
        for (JudgedOccurrence o : status.occurrences()) {
            if (o.late() || o.overdue() || (o.pending() && ctx.horizonDays() > 0)) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * The occurrences past their due day and not done on time: done late and overdue (for rules
     * that report no upcoming findings).
     *
     * @param status  a duty's status, not null
     * @return those occurrences, in due order
     */
    public static List<JudgedOccurrence> pastDue(DutyStatus status) {
        List<JudgedOccurrence> out = new ArrayList<>();
        for (JudgedOccurrence o : status.occurrences()) {
            if (o.late() || o.overdue()) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * @param records  completions, list updates, monitoring reports, agreements, curator appointments,
     *     local acts, programmes (by their start) or dates, not null
     * @return the days they were done
     */
    public static List<LocalDate> dates(Collection<?> records) {
        List<LocalDate> dates = new ArrayList<>(records.size());
        for (Object o : records) {
            if (o instanceof Completion c) {
                dates.add(c.completedOn());
            } else if (o instanceof ListUpdate u) {
                dates.add(u.updatedOn());
            } else if (o instanceof MonitoringReport r) {
                dates.add(r.submittedOn());
            } else if (o instanceof Agreement a) {
                dates.add(a.signedOn());
            } else if (o instanceof CuratorAppointment a) {
                dates.add(a.appointedOn());
            } else if (o instanceof LocalAct a) {
                dates.add(a.adoptedOn());
            } else if (o instanceof Programme p) {
                dates.add(p.period().startInclusive());
            } else if (o instanceof LocalDate d) {
                dates.add(d);
            }
        }
        return dates;
    }

    /**
     * @param day  the yearly due day, such as 1 October, not null
     * @return «ежегодно до 1 октября»
     */
    public static Deadline yearlyBy(MonthDay day) {
        return Recurring.yearlyBy(day);
    }

    /**
     * @param months  the length of a period in months: 1, 3, 6 or 12
     * @return a duty due on the last day of each such calendar period
     * @throws IllegalArgumentException for another length
     */
    public static Deadline everyMonths(int months) {
        return switch (months) {
            case 1 -> Recurring.monthly();
            case 3 -> Recurring.quarterly();
            case 6 -> Recurring.halfYearly();
            case 12 -> Recurring.yearly();
            default -> throw new IllegalArgumentException("period of months (" + months + ") must be 1, 3, 6 or 12");
        };
    }

    /**
     * The calendar period of some months that ends on an occurrence's due day, as a list of one
     * for {@code from} (a {@code DateRange} is iterable over its days).
     *
     * @param o  an occurrence of {@link #everyMonths(int)}, not null
     * @param months  the length of the period in months, 1 or more
     * @return the period
     */
    public static List<DateRange> period(JudgedOccurrence o, int months) {
        LocalDate due = o.dueOn();
        return List.of(DateRange.of(
                java.time.YearMonth.from(due).minusMonths(months - 1L).atDay(1), due));
    }

    /**
     * Why an occurrence due after a duty's start is not owed: its period began before the duty.
     *
     * @param n  the occurrence not owed, with a period, not null
     * @param start  the duty's start, not null
     * @param language  the language, not null
     * @return the sentence, not null
     */
    static String notOwed(org.nastavnik.duty.Occurrence n, DutyStart start, Language language) {
        return language == Language.RU
                ? "исполнение " + n.describe(Language.RU) + " не требуется: обязанность действует "
                        + start.describe(Language.RU) + ", а его период (" + n.describePeriod(Language.RU)
                        + ") начался раньше и был для неё неполным"
                : "the occurrence due " + n.describe(Language.EN) + " is not owed: the duty applies "
                        + start.describe(Language.EN) + ", and its period (" + n.describePeriod(Language.EN)
                        + ") began earlier, so it was not a full period of the duty";
    }

    /**
     * Adds the evidence every duty finding carries: the state, the start and why, what is owed, the
     * period the occurrence is for, and which occurrence after the start is not owed because its
     * period was partial (see {@link Duty}).
     *
     * @param draft  the finding being made, not null
     * @param status  the duty's status, not null
     * @param o  the occurrence reported, not null
     * @return the draft, marked upcoming or late as the occurrence is
     */
    public static FindingCollector.Draft evidence(FindingCollector.Draft draft, DutyStatus status, JudgedOccurrence o) {
        DutyStart start = status.duty().start();
        draft.dueOn(o.dueOn())
                .evidence("state", o.state())
                .evidence("dutyStart", start.date())
                .evidence("dutyStartBasis", start.basis())
                .evidence("startedRu", start.describe(Language.RU))
                .evidence("startedEn", start.describe(Language.EN))
                .evidence("owedRu", o.occurrence().describe(Language.RU))
                .evidence("owedEn", o.occurrence().describe(Language.EN));
        o.occurrence().spanStart().ifPresent(s -> draft.evidence("spanStart", s));
        o.occurrence().opensOn().ifPresent(s -> draft.evidence("windowStart", s));
        if (status.truncated()) {
            draft.evidence("occurrencesCappedAt", Duty.MAX_OCCURRENCES);
        }
        o.occurrence().period().ifPresent(p -> draft.evidence("periodRu", o.occurrence().describePeriod(Language.RU))
                .evidence("periodEn", o.occurrence().describePeriod(Language.EN)));
        status.notOwed().ifPresent(n -> draft.evidence("notOwedDueOn", n.dueOn())
                .evidence("notOwedRu", notOwed(n, start, Language.RU))
                .evidence("notOwedEn", notOwed(n, start, Language.EN)));
        if (o.late()) {
            draft.evidence("completedOn", o.completedOn().orElseThrow()).evidence("daysLate", o.days()).late();
        } else if (o.overdue()) {
            draft.evidence("daysOverdue", o.days());
        } else {
            draft.upcoming();
        }
        return draft;
    }
}
