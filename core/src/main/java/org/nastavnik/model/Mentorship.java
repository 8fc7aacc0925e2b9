package org.nastavnik.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A mentoring pair or group (наставническая пара / группа): one mentor and one or more mentees
 * in a form. A mentorship with no mentee or with the mentor among the mentees can be built;
 * the rules report it.
 */
@Value.Immutable
public abstract class Mentorship {

    /** @return the caller's stable id of the pair or group */
    public abstract String id();

    /** @return the id of the organization that runs it */
    public abstract String organizationId();

    /** @return the form of mentoring */
    public abstract MentoringForm form();

    /** @return the id of the mentor */
    public abstract String mentorId();

    /** @return the ids of the mentees, in the caller's order */
    public abstract List<String> menteeIds();

    /** @return the day the pair or group was formed */
    public abstract LocalDate formedOn();

    /** @return the day it completed, if it has */
    public abstract Optional<LocalDate> completedOn();

    /** @return the order of the head that fixed the pair or group (приказ о закреплении), if any */
    public abstract Optional<DocumentRef> approvalOrder();

    /** @return the id of its programme (a personalised programme in the teacher system), if any */
    public abstract Optional<String> programmeId();

    /**
     * @return the day the mentor gave written consent to mentor (письменное согласие работника на
     *     наставничество, ТК РФ ст. 351.8, from 01.03.2025), if recorded
     */
    public abstract Optional<LocalDate> mentorConsentOn();

    /**
     * @return the mentor's employment contract or additional agreement to it (трудовой договор или
     *     дополнительное соглашение) that sets the terms of this mentoring, if recorded
     */
    public abstract Optional<DocumentRef> mentorAgreement();

    /** @return the terms that agreement sets: content, term, form, pay; empty if none is recorded */
    public abstract Set<MentoringTerm> mentorAgreementTerms();

    /** @return whether it is a group (more than one mentee) */
    public boolean isGroup() {
        return menteeIds().size() > 1;
    }

    /**
     * @param date  the day to check, not null
     * @return whether the mentorship is active on that day: formed, and not completed before it
     */
    public boolean activeOn(LocalDate date) {
        return !formedOn().isAfter(date) && completedOn().map(c -> !c.isBefore(date)).orElse(true);
    }

    /**
     * A new builder. Required: {@code id}, {@code organizationId}, {@code form}, {@code mentorId}, {@code formedOn};
     * every other attribute is optional or has a default. {@code build()} throws one {@link ValidationException}
     * listing every required attribute not set, or else every attribute or element set to {@code null} and every
     * other problem of the value.
     *
     * @return a new builder
     */
    public static ImmutableMentorship.Builder builder() {
        return ImmutableMentorship.builder();
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "organizationId", organizationId(), "form", form(),
                "mentorId", mentorId(), "menteeIds", menteeIds(), "formedOn", formedOn(),
                "mentorAgreementTerms", mentorAgreementTerms());
        List<Problem> problems = new ArrayList<>();
        if (!mentorAgreementTerms().isEmpty() && mentorAgreement().isEmpty()) {
            problems.add(Problem.of("mentorAgreementTerms", mentorAgreementTerms().toString(),
                    "terms are set by an agreement; set mentorAgreement too"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("mentorship " + id(), problems);
        }
    }
}
