package org.nastavnik.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;
import org.nastavnik.common.Limits;
import org.nastavnik.deadline.DeadlineLimits;

/**
 * The records of the model checked against the {@link Limits} of accepted input (границы
 * допустимых данных): dates, years, lengths of ids and texts, percentages. A snapshot checks all
 * its records so when it is built; a change brought to a live session, and the date of a check,
 * are checked here. Each problem names the field, the value (shortened) and the limit; personal
 * values (a full name, a date of birth) are withheld. Paths are built only for a problem found.
 */
public final class Bounds {
    private final List<Problem> problems;

    Bounds(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * The problems of one record of the model (an organization, a person, a mentorship, a
     * meeting, a roadmap…) with the limits.
     *
     * @param record  the record, not null
     * @return the problems, with paths relative to the record, such as "date"; empty when within
     */
    public static List<Problem> problems(Object record) {
        List<Problem> problems = new ArrayList<>();
        new Bounds(problems).record("", record);
        return List.copyOf(problems);
    }

    /**
     * Checks the date a caller passes to a method, such as the date of a check.
     *
     * @param subject  what is being asked, such as "check", not null
     * @param name  the parameter's name, such as "asOf", not null
     * @param date  the date, not null
     * @return {@code date}
     * @throws ValidationException if the date lies outside {@link Limits#MIN_DATE} to {@link Limits#MAX_DATE}
     */
    public static LocalDate requireWithin(String subject, String name, LocalDate date) {
        if (!Limits.isWithin(date)) {
            throw new ValidationException(subject, List.of(Problem.of(name, date, Limits.dateReason())));
        }
        return date;
    }

    /** Checks every record of the snapshot. */
    void snapshot(Snapshot s) {
        date("asOf", "", s.asOf());
        territory("territory", s.territory());
        for (int i = 0; i < s.roadmaps().size(); i++) {
            roadmap("roadmaps[" + i + "]", s.roadmaps().get(i));
        }
        for (int i = 0; i < s.organizations().size(); i++) {
            organization("organizations[" + i + "]", s.organizations().get(i));
        }
        for (int i = 0; i < s.people().size(); i++) {
            person("people[" + i + "]", s.people().get(i));
        }
        for (int i = 0; i < s.curatorAppointments().size(); i++) {
            record("curatorAppointments[" + i + "]", s.curatorAppointments().get(i));
        }
        for (int i = 0; i < s.registry().size(); i++) {
            record("registry[" + i + "]", s.registry().get(i));
        }
        for (int i = 0; i < s.consents().size(); i++) {
            record("consents[" + i + "]", s.consents().get(i));
        }
        for (int i = 0; i < s.formAdoptions().size(); i++) {
            record("formAdoptions[" + i + "]", s.formAdoptions().get(i));
        }
        for (int i = 0; i < s.mentorships().size(); i++) {
            record("mentorships[" + i + "]", s.mentorships().get(i));
        }
        for (int i = 0; i < s.meetings().size(); i++) {
            record("meetings[" + i + "]", s.meetings().get(i));
        }
        for (int i = 0; i < s.trainings().size(); i++) {
            record("trainings[" + i + "]", s.trainings().get(i));
        }
        for (int i = 0; i < s.programmes().size(); i++) {
            record("programmes[" + i + "]", s.programmes().get(i));
        }
        for (int i = 0; i < s.monitoringReports().size(); i++) {
            record("monitoringReports[" + i + "]", s.monitoringReports().get(i));
        }
        for (int i = 0; i < s.listUpdates().size(); i++) {
            record("listUpdates[" + i + "]", s.listUpdates().get(i));
        }
        for (int i = 0; i < s.localActs().size(); i++) {
            record("localActs[" + i + "]", s.localActs().get(i));
        }
        for (int i = 0; i < s.agreements().size(); i++) {
            record("agreements[" + i + "]", s.agreements().get(i));
        }
        for (int i = 0; i < s.completions().size(); i++) {
            record("completions[" + i + "]", s.completions().get(i));
        }
        for (int i = 0; i < s.targetIndicators().size(); i++) {
            record("targetIndicators[" + i + "]", s.targetIndicators().get(i));
        }
        for (int i = 0; i < s.indicatorValues().size(); i++) {
            record("indicatorValues[" + i + "]", s.indicatorValues().get(i));
        }
    }

    /**
     * Checks one record of any type of the model that a snapshot lists, or a roadmap.
     *
     * @param path  the path of the record, "" for a record on its own
     * @param record  the record
     */
    void record(String path, Object record) {
        if (record instanceof Organization o) {
            organization(path, o);
        } else if (record instanceof Person p) {
            person(path, p);
        } else if (record instanceof Roadmap r) {
            roadmap(path, r);
        } else if (record instanceof CuratorAppointment c) {
            id(path, ".personId", c.personId());
            id(path, ".organizationId", c.organizationId());
            document(path + ".order", c.order());
            date(path, ".appointedOn", c.appointedOn());
            date(path, ".endedOn", c.endedOn());
        } else if (record instanceof RegistryEntry e) {
            id(path, ".personId", e.personId());
            id(path, ".organizationId", e.organizationId());
            date(path, ".includedOn", e.includedOn());
            date(path, ".excludedOn", e.excludedOn());
            texts(path, ".topics", e.topics());
            for (int j = 0; j < e.partnerRequests().size(); j++) {
                id(path, ".partnerRequests[" + j + "]", e.partnerRequests().get(j));
            }
        } else if (record instanceof Consent c) {
            id(path, ".personId", c.personId());
            date(path, ".givenOn", c.givenOn());
            date(path, ".withdrawnOn", c.withdrawnOn());
        } else if (record instanceof FormAdoption f) {
            id(path, ".organizationId", f.organizationId());
            date(path, ".adoptedOn", f.adoptedOn());
            f.order().ifPresent(d -> document(path + ".order", d));
        } else if (record instanceof Mentorship m) {
            id(path, ".id", m.id());
            id(path, ".organizationId", m.organizationId());
            id(path, ".mentorId", m.mentorId());
            for (int j = 0; j < m.menteeIds().size(); j++) {
                id(path, ".menteeIds[" + j + "]", m.menteeIds().get(j));
            }
            date(path, ".formedOn", m.formedOn());
            date(path, ".completedOn", m.completedOn());
            m.approvalOrder().ifPresent(d -> document(path + ".approvalOrder", d));
            id(path, ".programmeId", m.programmeId());
        } else if (record instanceof Meeting m) {
            id(path, ".id", m.id());
            id(path, ".mentorshipId", m.mentorshipId());
            date(path, ".date", m.date());
        } else if (record instanceof MentorTraining t) {
            id(path, ".personId", t.personId());
            date(path, ".completedOn", t.completedOn());
            text(path, ".course", t.course());
        } else if (record instanceof Programme p) {
            id(path, ".id", p.id());
            id(path, ".organizationId", p.organizationId());
            range(path + ".period", p.period());
            date(path, ".approvedOn", p.approvedOn());
        } else if (record instanceof MonitoringReport r) {
            id(path, ".id", r.id());
            id(path, ".organizationId", r.organizationId());
            date(path, ".submittedOn", r.submittedOn());
            id(path, ".mentorshipId", r.mentorshipId());
            r.covers().ifPresent(c -> range(path + ".covers", c));
        } else if (record instanceof ListUpdate u) {
            id(path, ".organizationId", u.organizationId());
            date(path, ".updatedOn", u.updatedOn());
        } else if (record instanceof LocalAct a) {
            id(path, ".organizationId", a.organizationId());
            date(path, ".adoptedOn", a.adoptedOn());
            a.document().ifPresent(d -> document(path + ".document", d));
        } else if (record instanceof Agreement a) {
            id(path, ".id", a.id());
            id(path, ".organizationId", a.organizationId());
            id(path, ".partnerId", a.partnerId());
            date(path, ".signedOn", a.signedOn());
            date(path, ".validUntil", a.validUntil());
        } else if (record instanceof Completion c) {
            id(path, ".roadmapId", c.roadmapId());
            id(path, ".activityNumber", c.activityNumber());
            id(path, ".organizationId", c.organizationId());
            date(path, ".completedOn", c.completedOn());
            c.document().ifPresent(d -> document(path + ".document", d));
        } else if (record instanceof TargetIndicator t) {
            year(path + ".year", t.year());
            BigDecimal percent = t.targetPercent();
            String reason = Limits.percentProblem(percent);
            if (reason != null) {
                add(path + ".targetPercent", percent, reason);
            }
        } else if (record instanceof IndicatorValue v) {
            year(path + ".year", v.year());
            id(path, ".organizationId", v.organizationId());
        }
    }

    private void territory(String path, Territory t) {
        text(path, ".municipality", t.municipality());
    }

    private void organization(String path, Organization o) {
        id(path, ".id", o.id());
        text(path, ".name", o.name());
        text(path, ".municipality", o.municipality());
    }

    private void person(String path, Person p) {
        id(path, ".id", p.id());
        id(path, ".organizationId", p.organizationId());
        if (p.fullName().isPresent() && p.fullName().get().length() > Limits.MAX_TEXT_LENGTH) {
            problems.add(Problem.withheld(at(path + ".fullName"), "longer than " + Limits.MAX_TEXT_LENGTH + " characters"));
        }
        if (p.birthDate().isPresent() && !Limits.isWithin(p.birthDate().get())) {
            problems.add(Problem.withheld(at(path + ".birthDate"), Limits.dateReason()));
        }
        text(path, ".unit", p.unit());
        texts(path, ".subjects", p.subjects());
    }

    private void roadmap(String path, Roadmap r) {
        id(path, ".id", r.id());
        text(path, ".title", r.title());
        text(path, ".issuer", r.issuer());
        territory(path + ".territory", r.territory());
        document(path + ".approval", r.approval());
        r.appendixReference().ifPresent(d -> document(path + ".appendixReference", d));
        r.period().ifPresent(p -> range(path + ".period", p));
        text(path, ".place", r.place());
        text(path, ".signer", r.signer());
        for (int j = 0; j < r.sections().size(); j++) {
            Section s = r.sections().get(j);
            id(path, ".sections[" + j + "].number", s.number());
            text(path, ".sections[" + j + "].title", s.title());
        }
        for (int j = 0; j < r.activities().size(); j++) {
            activity(path + ".activities[" + j + "]", r.activities().get(j));
        }
        for (int j = 0; j < r.workingGroup().size(); j++) {
            WorkingGroupMember m = r.workingGroup().get(j);
            text(path, ".workingGroup[" + j + "].name", m.name());
            text(path, ".workingGroup[" + j + "].position", m.position());
        }
    }

    private void activity(String path, Activity a) {
        id(path, ".number", a.number());
        id(path, ".sectionNumber", a.sectionNumber());
        text(path, ".title", a.title());
        text(path, ".deadlineText", a.deadlineText());
        String deadline = DeadlineLimits.problem(a.deadline());
        if (deadline != null) {
            add(path + ".deadline", a.deadline().toPhrase(Language.RU), deadline);
        }
        for (int k = 0; k < a.responsible().size(); k++) {
            text(path, ".responsible[" + k + "].name", a.responsible().get(k).name());
        }
        text(path, ".expectedResult", a.expectedResult());
        text(path, ".addressee", a.addressee());
    }

    private void document(String path, DocumentRef d) {
        id(path, ".number", d.number());
        date(path, ".date", d.date());
        text(path, ".issuer", d.issuer());
        text(path, ".title", d.title());
    }

    private void range(String path, DateRange r) {
        date(path, ".startInclusive", r.startInclusive());
        date(path, ".endInclusive", r.endInclusive());
    }

    private void year(String path, int year) {
        if (!Limits.isYearWithin(year)) {
            add(path, year, Limits.yearReason());
        }
    }

    private void date(String path, String field, LocalDate date) {
        if (!Limits.isWithin(date)) {
            add(path + field, date, Limits.dateReason());
        }
    }

    private void date(String path, String field, Optional<LocalDate> date) {
        if (date.isPresent()) {
            date(path, field, date.get());
        }
    }

    private void id(String path, String field, String id) {
        if (id.length() > Limits.MAX_ID_LENGTH) {
            add(path + field, id, "longer than " + Limits.MAX_ID_LENGTH + " characters (" + id.length() + ")");
        }
    }

    private void id(String path, String field, Optional<String> id) {
        if (id.isPresent()) {
            id(path, field, id.get());
        }
    }

    private void text(String path, String field, String text) {
        if (text.length() > Limits.MAX_TEXT_LENGTH) {
            add(path + field, text, "longer than " + Limits.MAX_TEXT_LENGTH + " characters (" + text.length() + ")");
        }
    }

    private void text(String path, String field, Optional<String> text) {
        if (text.isPresent()) {
            text(path, field, text.get());
        }
    }

    /** Each text of a set, by its place in the set's order, such as {@code .topics[0]}. */
    private void texts(String path, String field, java.util.Set<String> texts) {
        int j = 0;
        for (String t : texts) {
            text(path, field + "[" + j++ + "]", t);
        }
    }

    private void add(String path, Object value, String reason) {
        problems.add(Problem.of(at(path), value, reason));
    }

    private static String at(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
