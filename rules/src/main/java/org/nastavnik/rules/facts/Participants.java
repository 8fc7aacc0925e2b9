package org.nastavnik.rules.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.model.Consent;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.MentorTraining;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;

/**
 * Small questions about the participants of a pair or group that the federal rules in
 * {@code participants.drl} ask: who takes part and on which side, whether a person fits the
 * form, who counts as an adult, what makes a mentor not senior to a mentee. Public only because
 * the rule classes Drools generates live in other packages; not meant for callers.
 */
public final class Participants {

    /** Kinds of person taken for adults when their birth date is unknown. */
    static final Set<PersonKind> ADULT_KINDS = EnumSet.of(PersonKind.TEACHER, PersonKind.HEAD, PersonKind.LECTURER,
            PersonKind.EMPLOYER_REPRESENTATIVE);

    private static final int ADULT_AGE = 18;

    private Participants() {
    }

    /**
     * @param m  a pair or group, not null
     * @return the ids of its participants, each once: the mentor, then the mentees in the caller's order
     */
    public static List<String> participantIds(Mentorship m) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(m.mentorId());
        ids.addAll(m.menteeIds());
        return List.copyOf(ids);
    }

    /**
     * @param m  a pair or group, not null
     * @param personId  the id of one of its participants, not null
     * @return {@link ParticipantRole#MENTOR} if the person is its mentor (even if also listed as
     *     a mentee), else {@link ParticipantRole#MENTEE}
     */
    public static ParticipantRole side(Mentorship m, String personId) {
        return m.mentorId().equals(personId) ? ParticipantRole.MENTOR : ParticipantRole.MENTEE;
    }

    /**
     * Whether a person may sit on a side of a pair or group by its form: the form admits the
     * person's kind on that side, and in «ученик – ученик» the person studies at the
     * organization that runs the pair.
     *
     * @param m  the pair or group, not null
     * @param person  a participant, not null
     * @param side  the side the person sits on, not null
     * @return whether the person fits the form on that side
     */
    public static boolean fitsForm(Mentorship m, Person person, ParticipantRole side) {
        MentoringForm form = m.form();
        boolean admitted = side == ParticipantRole.MENTOR ? form.admitsMentor(person.kind())
                : form.admitsMentee(person.kind());
        boolean sameOrganization = form != MentoringForm.STUDENT_STUDENT
                || person.organizationId().equals(m.organizationId());
        return admitted && sameOrganization;
    }

    /**
     * @param form  a form, not null
     * @param side  a side, not null
     * @return the kinds of person the form admits on that side, in declaration order
     */
    public static List<PersonKind> admittedKinds(MentoringForm form, ParticipantRole side) {
        Set<PersonKind> kinds = EnumSet.noneOf(PersonKind.class);
        kinds.addAll(side == ParticipantRole.MENTOR ? form.mentorKinds() : form.menteeKinds());
        return List.copyOf(kinds);
    }

    /**
     * @param person  a person, not null
     * @param date  the day to take the age on, not null
     * @param years  an age in full years
     * @return whether the person's birth date is known and they are younger than {@code years} on that day
     */
    public static boolean youngerThan(Person person, LocalDate date, int years) {
        OptionalInt age = person.ageOn(date);
        return age.isPresent() && age.getAsInt() < years;
    }

    /**
     * Whether a person is an adult (18 or older) on a day. With the birth date unknown, teachers,
     * heads, lecturers and employers' representatives are taken for adults; students and others
     * are not (their age is unknown, so neither consent rule can judge them).
     *
     * @param person  a person, not null
     * @param date  the day, not null
     * @return whether the person is known or presumed to be an adult on that day
     */
    public static boolean isAdultOn(Person person, LocalDate date) {
        OptionalInt age = person.ageOn(date);
        return age.isPresent() ? age.getAsInt() >= ADULT_AGE : ADULT_KINDS.contains(person.kind());
    }

    /**
     * What makes a student mentor not senior to a mentee in «ученик – ученик»: {@code birthDate}
     * when both birth dates are known and the mentor was not born earlier, {@code grade} when both
     * grades are known and the mentor's is not higher.
     *
     * @param mentor  the mentor, not null
     * @param mentee  a mentee, not null
     * @return the comparisons that failed, in that order; empty when the mentor is senior or nothing can be compared
     */
    public static List<String> notSeniorBy(Person mentor, Person mentee) {
        List<String> failed = new ArrayList<>(2);
        if (mentor.birthDate().isPresent() && mentee.birthDate().isPresent()
                && !mentor.birthDate().get().isBefore(mentee.birthDate().get())) {
            failed.add("birthDate");
        }
        if (mentor.grade().isPresent() && mentee.grade().isPresent()
                && mentor.grade().getAsInt() <= mentee.grade().getAsInt()) {
            failed.add("grade");
        }
        return List.copyOf(failed);
    }

    /**
     * What makes a person counted as a young specialist not one: {@code experience} when the
     * known experience exceeds {@code maxExperienceYears}, {@code age} when a maximum age is set and
     * the known age on {@code date} exceeds it.
     *
     * @param person  a person, not null
     * @param date  the day to take the age on (the formation of the pair), not null
     * @param maxExperienceYears  the most years of experience of a young specialist
     * @param maxAge  the maximum age of a young specialist; empty: age is not checked
     * @return the limits exceeded, in that order; empty when none is
     */
    public static List<String> youngSpecialistLimitsExceeded(Person person, LocalDate date, int maxExperienceYears,
            OptionalInt maxAge) {
        List<String> exceeded = new ArrayList<>(2);
        if (person.experienceYears().isPresent() && person.experienceYears().getAsInt() > maxExperienceYears) {
            exceeded.add("experience");
        }
        OptionalInt age = person.ageOn(date);
        if (maxAge.isPresent() && age.isPresent() && age.getAsInt() > maxAge.getAsInt()) {
            exceeded.add("age");
        }
        return List.copyOf(exceeded);
    }

    /**
     * @param mentorships  pairs and groups, not null
     * @return the distinct ids of their mentees, sorted
     */
    public static List<String> distinctMentees(Collection<?> mentorships) {
        Set<String> ids = new TreeSet<>();
        for (Object o : mentorships) {
            ids.addAll(((Mentorship) o).menteeIds());
        }
        return List.copyOf(ids);
    }

    /**
     * @param mentorships  pairs and groups, not null
     * @return their ids, sorted
     */
    public static List<String> mentorshipIds(Collection<?> mentorships) {
        Set<String> ids = new TreeSet<>();
        for (Object o : mentorships) {
            ids.add(((Mentorship) o).id());
        }
        return List.copyOf(ids);
    }

    /**
     * @param consents  consents, not null
     * @return the days they were given, sorted, duplicates kept
     */
    public static List<LocalDate> givenOn(Collection<?> consents) {
        List<LocalDate> days = new ArrayList<>();
        for (Object o : consents) {
            days.add(((Consent) o).givenOn());
        }
        days.sort(null);
        return List.copyOf(days);
    }

    /**
     * @param consents  consents, not null
     * @return the days those withdrawn were withdrawn, sorted, duplicates kept
     */
    public static List<LocalDate> withdrawnOn(Collection<?> consents) {
        List<LocalDate> days = new ArrayList<>();
        for (Object o : consents) {
            ((Consent) o).withdrawnOn().ifPresent(days::add);
        }
        days.sort(null);
        return List.copyOf(days);
    }

    /**
     * @param trainings  a mentor's trainings ({@code MentorTraining}), not null
     * @return the earliest day one of them was completed, if any
     */
    public static Optional<LocalDate> earliestCompletion(Collection<?> trainings) {
        return trainings.stream().map(o -> ((MentorTraining) o).completedOn()).min(LocalDate::compareTo);
    }

    /**
     * @param <T>  the type of the values
     * @param values  values, not null
     * @return the values, or empty (written {@code none} as evidence) if there are none
     */
    public static <T> Optional<List<T>> noneIfEmpty(List<T> values) {
        return values.isEmpty() ? Optional.empty() : Optional.of(values);
    }
}
