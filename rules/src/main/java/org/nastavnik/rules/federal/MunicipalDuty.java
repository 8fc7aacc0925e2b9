package org.nastavnik.rules.federal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Limits;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.deadline.DateSpan;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.InMonth;
import org.nastavnik.deadline.OnDate;
import org.nastavnik.model.Organization;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.rules.facts.RoadmapActivity;
import org.nastavnik.rules.spi.DutyChecks;

/**
 * A duty a municipal (or regional) roadmap sets for the organizations of its territory, recognized
 * by Russian word stems in an activity's title, with the deadline the roadmap states: the school's
 * roadmap and its local acts approved, curators appointed, mentoring programmes implemented, the
 * «Наставничество» section on the website. The rules link each organization's duty to the row.
 *
 * <p>Titles are normalized as in {@link RoadmapStage}: lower case, «ё» as «е», every run of
 * non-letters one space; "an action stem followed by an object stem" allows up to three words
 * between them, in that order only.
 */
public enum MunicipalDuty {

    /** «Разработка и утверждение дорожных карт (планов мероприятий) … в образовательных организациях». */
    ORGANIZATION_ROADMAP("(разработ|утвержд|принят|приня)\\p{L}* " + Gap.WORDS + "(дорожн\\p{L}* карт|план\\p{L}* мероприят)"),
    /** «Разработка и утверждение локальных (распорядительных) актов образовательных организаций». */
    LOCAL_ACTS("(разработ|утвержд|принят|приня)\\p{L}* " + Gap.WORDS + "(локальн|распорядительн)\\p{L}* акт"),
    /** «Назначить (определить) кураторов (ответственных)». */
    CURATORS("(назнач|определ)\\p{L}* " + Gap.WORDS + "(куратор|ответствен)"),
    /** «Внедрить (реализовать) программы наставничества». */
    PROGRAMMES("(внедр|реализ)\\p{L}* " + Gap.WORDS + "программ\\p{L}* наставничеств"),
    /** «Создание на сайтах … раздела «Наставничество»». */
    WEBSITE_SECTION("сайт\\p{L}* " + Gap.WORDS + "раздел\\p{L}* наставничеств");

    private final Pattern pattern;

    MunicipalDuty(String regex) {
        this.pattern = Pattern.compile("(?<!\\p{L})(" + regex + ")");
    }

    /**
     * @param ra  a roadmap activity, not null
     * @return whether it sets this duty for the organizations of its territory: a municipal or
     *     regional roadmap whose activity title names it, and whose title, addressee or
     *     responsible names the organizations («образовательн…», «ОО», «ОУ», «учрежден…»,
     *     «организац…», «школ…»)
     */
    public boolean setBy(RoadmapActivity ra) {
        RoadmapLevel level = ra.roadmap().level();
        if (level != RoadmapLevel.MUNICIPAL && level != RoadmapLevel.REGIONAL) {
            return false;
        }
        String title = RoadmapStage.normalize(ra.activity().title());
        if (!pattern.matcher(title).find()) {
            return false;
        }
        StringBuilder whom = new StringBuilder(title);
        ra.activity().addressee().ifPresent(a -> whom.append(' ').append(RoadmapStage.normalize(a)));
        for (org.nastavnik.model.Responsible r : ra.activity().responsible()) {
            whom.append(' ').append(RoadmapStage.normalize(r.name()));
        }
        return ORGANIZATIONS.matcher(whom).find();
    }

    /**
     * @param r  a roadmap, not null
     * @return whether the roadmap names a coordinator of the model in its territory — a municipal
     *     coordinator or mentoring centre («координатор», «наставнический центр», «МНЦ», «РНЦ») — in
     *     its title, an activity's title or addressee, or a responsible party
     */
    public static boolean namesCoordinator(org.nastavnik.model.Roadmap r) {
        StringBuilder text = new StringBuilder(RoadmapStage.normalize(r.title()));
        for (org.nastavnik.model.Activity a : r.activities()) {
            text.append(' ').append(RoadmapStage.normalize(a.title()));
            a.addressee().ifPresent(x -> text.append(' ').append(RoadmapStage.normalize(x)));
            for (org.nastavnik.model.Responsible p : a.responsible()) {
                text.append(' ').append(RoadmapStage.normalize(p.name()));
            }
        }
        return COORDINATOR.matcher(text).find();
    }

    private static final Pattern COORDINATOR = Pattern.compile(
            "(?<!\\p{L})(координатор|наставническ\\p{L}* центр|мнц(?!\\p{L})|рнц(?!\\p{L}))");

    /**
     * @param ra  a roadmap activity, not null
     * @return the one day the activity is due by, for a deadline of one date, one month or one span
     *     («08.10.2020», «до 7 сентября 2020 года», «Сентябрь 2021 г.»); null for a recurring,
     *     continuous, relative or unreadable deadline
     */
    public static LocalDate dueBy(RoadmapActivity ra) {
        Deadline d = ra.activity().deadline();
        if (!(d instanceof OnDate || d instanceof ByDate || d instanceof InMonth || d instanceof DateSpan)) {
            return null;
        }
        List<LocalDate> due = d.occurrences(DateRange.of(Limits.MIN_DATE, Limits.MAX_DATE), EventDates.none());
        return due.isEmpty() ? null : due.get(due.size() - 1);
    }

    /**
     * @param ra  a roadmap activity, not null
     * @param o  an organization, not null
     * @return whether the organization lies in the roadmap's territory and implements the model
     */
    public static boolean addresses(RoadmapActivity ra, Organization o) {
        return o.implementsModel() && DutyChecks.covers(ra.roadmap().territory(), o);
    }

    /**
     * @param records  the organization's local acts, curator appointments or programmes, not null
     * @return the earliest day one of them was done: an act adopted, a curator appointed by a signed
     *     order (the later of the appointment's day and the order's date), a programme started or
     *     approved (the earlier); empty if none
     */
    public static java.util.Optional<LocalDate> doneOn(java.util.Collection<?> records) {
        LocalDate first = null;
        for (Object r : records) {
            LocalDate d = null;
            if (r instanceof org.nastavnik.model.LocalAct a) {
                d = a.adoptedOn();
            } else if (r instanceof org.nastavnik.model.CuratorAppointment c) {
                d = c.order().date().filter(o -> o.isAfter(c.appointedOn())).orElse(c.appointedOn());
            } else if (r instanceof org.nastavnik.model.Programme p) {
                d = p.approvedOn().filter(a -> a.isBefore(p.period().startInclusive()))
                        .orElse(p.period().startInclusive());
            }
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        return java.util.Optional.ofNullable(first);
    }

    /**
     * @param records  as for {@link #doneOn(java.util.Collection)}, not null
     * @param due  the day due, not null
     * @return whether one was done on or before the day due
     */
    public static boolean doneBy(java.util.Collection<?> records, LocalDate due) {
        return doneOn(records).filter(d -> !d.isAfter(due)).isPresent();
    }

    /**
     * @param ra  a roadmap activity, not null
     * @param asOf  the check date, not null
     * @return the day the website section is due by: the row's own date if it states one and that
     *     day has passed; else, for a row with no single date, the check date once the roadmap is
     *     approved (or its period has begun); null when nothing is due yet
     */
    public static LocalDate websiteDue(RoadmapActivity ra, LocalDate asOf) {
        LocalDate due = dueBy(ra);
        if (due != null) {
            return due.isBefore(asOf) ? due : null;
        }
        LocalDate start = ra.roadmap().approval().date()
                .or(() -> ra.roadmap().period().map(DateRange::startInclusive)).orElse(null);
        return start != null && !start.isAfter(asOf) ? asOf : null;
    }

    /**
     * @param o  an organization, not null
     * @param day  a day, not null
     * @return whether its website had the «Наставничество» section on that day
     */
    public static boolean sectionBy(Organization o, LocalDate day) {
        return o.mentoringSectionOn().filter(d -> !d.isAfter(day)).isPresent();
    }

    /**
     * @param completions  the completions recorded for the row, not null
     * @param o  the organization the duty is owed by, not null
     * @param others  the organizations that do not implement the model (the municipal body, a
     *     centre), not null
     * @param due  the day due, not null
     * @return whether the row is recorded done by the day for this organization: by the
     *     organization itself, or with no organization or by the body that set the row (done for all)
     */
    public static boolean rowDoneFor(java.util.Collection<?> completions, Organization o,
            java.util.Collection<?> others, LocalDate due) {
        java.util.Set<String> bodies = new java.util.HashSet<>();
        for (Object x : others) {
            bodies.add(((Organization) x).id());
        }
        for (Object x : completions) {
            org.nastavnik.model.Completion c = (org.nastavnik.model.Completion) x;
            if (!c.completedOn().isAfter(due) && c.organizationId().map(id -> id.equals(o.id()) || bodies.contains(id))
                    .orElse(true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param act  a local act, not null
     * @return the parts of an order on implementation that its recorded contents lack
     */
    public static java.util.Set<org.nastavnik.model.OrderContent> missingContents(org.nastavnik.model.LocalAct act) {
        java.util.Set<org.nastavnik.model.OrderContent> missing =
                java.util.EnumSet.allOf(org.nastavnik.model.OrderContent.class);
        missing.removeAll(act.contents());
        return missing;
    }

    /**
     * @param e  an entry of the base of mentors and mentees, not null
     * @param day  a day, not null
     * @return whether the person was in the base on that day
     */
    public static boolean inBaseOn(org.nastavnik.model.RegistryEntry e, LocalDate day) {
        return !e.includedOn().isAfter(day) && e.excludedOn().map(x -> !x.isBefore(day)).orElse(true);
    }

    private static final Pattern ORGANIZATIONS = Pattern.compile(
            "(?<!\\p{L})(образовательн|оо(?!\\p{L})|оу(?!\\p{L})|учрежден|организац|школ)");

    /** Shared pattern parts. */
    private static final class Gap {
        /** Up to three whole words between an action and its object. */
        static final String WORDS = "(?:\\p{L}+ ){0,3}";
    }
}
