package org.nastavnik.model;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person in the model: a student, a teacher, an employer's representative. Rules and
 * findings identify a person by {@link #id()} only; {@link #fullName()} is personal data and
 * is shown only in reports meant for people, when the caller asks for it.
 */
@Value.Immutable
public abstract class Person {

    /** @return the caller's stable id of the person */
    public abstract String id();

    /** @return the full name (ФИО), personal data; absent where the caller does not share it */
    public abstract Optional<String> fullName();

    /** @return what the person is */
    public abstract PersonKind kind();

    /** @return the id of the organization the person studies or works at */
    public abstract String organizationId();

    /** @return the date of birth, needed for age limits and minors' consents */
    public abstract Optional<LocalDate> birthDate();

    /** @return the school grade (класс) of a school student, or the year of study of a college student */
    public abstract OptionalInt grade();

    /** @return the years of teaching experience (педагогический стаж) of a teacher, as of the snapshot */
    public abstract OptionalInt experienceYears();

    /** @return the categories the person is counted in, such as a young specialist */
    public abstract Set<ParticipantCategory> categories();

    /**
     * @return the class (класс, such as «7Б») of a student, or the department or methodical
     *     association (кафедра, методическое объединение) of a teacher, if known; optional, used to
     *     keep suggested pairs inside one class or department
     */
    public abstract Optional<String> unit();

    /**
     * @return the subjects the person teaches or the competences they have (предметы,
     *     компетенции), such as «математика»; empty if not known. Optional, used to suggest pairs
     */
    public abstract Set<String> subjects();

    /**
     * @param date  the day on which to take the age, not null
     * @return the age in full years on that day, if the birth date is known
     */
    public OptionalInt ageOn(LocalDate date) {
        return birthDate().map(b -> OptionalInt.of(Period.between(b, date).getYears())).orElse(OptionalInt.empty());
    }

    /**
     * @param date  the day to check, not null
     * @return whether the person is known to be under 18 (несовершеннолетний) on that day
     */
    public boolean isMinorOn(LocalDate date) {
        OptionalInt age = ageOn(date);
        return age.isPresent() && age.getAsInt() < 18;
    }

    /**
     * Whether the person is a young specialist (молодой специалист) by experience.
     *
     * @param maxExperienceYears  the most years of experience a young specialist may have (3 federally)
     * @return whether the person is a teacher with known experience of at most that many years
     */
    public boolean isYoungSpecialist(int maxExperienceYears) {
        return (kind() == PersonKind.TEACHER || kind() == PersonKind.LECTURER)
                && experienceYears().isPresent() && experienceYears().getAsInt() <= maxExperienceYears;
    }

    /**
     * A new builder. Required: {@code id}, {@code kind}, {@code organizationId}; every other attribute is optional
     * or has a default. {@code build()} throws one {@link ValidationException} listing every required attribute not
     * set, or else every attribute or element set to {@code null} and every other problem of the value.
     *
     * @return a new builder
     */
    public static ImmutablePerson.Builder builder() {
        return ImmutablePerson.builder();
    }

    @Override
    public String toString() {
        return "Person{id=" + id() + ", kind=" + kind() + ", organizationId=" + organizationId() + "}";
    }

    @Value.Check
    void checkAttributes() {
        Attributes.require(this, "id", id(), "kind", kind(), "organizationId", organizationId(),
                "categories", categories(), "subjects", subjects());
    }
}
