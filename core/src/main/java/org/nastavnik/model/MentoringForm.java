package org.nastavnik.model;

import java.util.EnumSet;
import java.util.Set;
import org.nastavnik.common.Language;

/**
 * A form of mentoring (форма наставничества) and which kinds of person each side admits.
 */
public enum MentoringForm {
    /** «Ученик – ученик». */
    STUDENT_STUDENT("ученик – ученик", "student – student", MentoringSystem.STUDENTS,
            EnumSet.of(PersonKind.SCHOOL_STUDENT), EnumSet.of(PersonKind.SCHOOL_STUDENT),
            EnumSet.of(OrganizationKind.SCHOOL, OrganizationKind.ADDITIONAL_EDUCATION)),
    /** «Учитель – учитель» (педагог – педагог). */
    TEACHER_TEACHER("учитель – учитель", "teacher – teacher", MentoringSystem.TEACHERS,
            EnumSet.of(PersonKind.TEACHER), EnumSet.of(PersonKind.TEACHER),
            EnumSet.of(OrganizationKind.SCHOOL, OrganizationKind.COLLEGE, OrganizationKind.ADDITIONAL_EDUCATION,
                    OrganizationKind.KINDERGARTEN)),
    /** «Студент – ученик»: a college or university student mentors a school student. */
    COLLEGE_STUDENT_SCHOOL_STUDENT("студент – ученик", "college student – school student", MentoringSystem.STUDENTS,
            EnumSet.of(PersonKind.COLLEGE_STUDENT), EnumSet.of(PersonKind.SCHOOL_STUDENT),
            EnumSet.of(OrganizationKind.SCHOOL, OrganizationKind.ADDITIONAL_EDUCATION)),
    /** «Работодатель – ученик». */
    EMPLOYER_SCHOOL_STUDENT("работодатель – ученик", "employer – school student", MentoringSystem.STUDENTS,
            EnumSet.of(PersonKind.EMPLOYER_REPRESENTATIVE), EnumSet.of(PersonKind.SCHOOL_STUDENT),
            EnumSet.of(OrganizationKind.SCHOOL, OrganizationKind.ADDITIONAL_EDUCATION)),
    /** «Работодатель – студент» (СПО). */
    EMPLOYER_COLLEGE_STUDENT("работодатель – студент", "employer – college student", MentoringSystem.STUDENTS,
            EnumSet.of(PersonKind.EMPLOYER_REPRESENTATIVE), EnumSet.of(PersonKind.COLLEGE_STUDENT),
            EnumSet.of(OrganizationKind.COLLEGE)),
    /** «Студент – студент» (СПО). */
    COLLEGE_STUDENT_COLLEGE_STUDENT("студент – студент", "college student – college student",
            MentoringSystem.STUDENTS,
            EnumSet.of(PersonKind.COLLEGE_STUDENT), EnumSet.of(PersonKind.COLLEGE_STUDENT),
            EnumSet.of(OrganizationKind.COLLEGE)),
    /** «Руководитель образовательной организации – педагог» (teacher system). */
    HEAD_TEACHER("руководитель ОО – педагог", "head – teacher", MentoringSystem.TEACHERS,
            EnumSet.of(PersonKind.HEAD), EnumSet.of(PersonKind.TEACHER),
            EnumSet.of(OrganizationKind.SCHOOL, OrganizationKind.COLLEGE, OrganizationKind.ADDITIONAL_EDUCATION,
                    OrganizationKind.KINDERGARTEN)),
    /** «Педагог вуза (колледжа) – молодой педагог ОО» (teacher system). */
    LECTURER_YOUNG_TEACHER("педагог вуза (колледжа) – молодой педагог", "lecturer – young teacher",
            MentoringSystem.TEACHERS,
            EnumSet.of(PersonKind.LECTURER), EnumSet.of(PersonKind.TEACHER),
            EnumSet.of(OrganizationKind.SCHOOL, OrganizationKind.COLLEGE, OrganizationKind.ADDITIONAL_EDUCATION,
                    OrganizationKind.KINDERGARTEN)),
    /**
     * «Педагог – студент» (преподаватель – обучающийся): a teacher or lecturer of a college mentors
     * its student; a student-system form of colleges (СПО), as in a college's «Положение о
     * наставничестве по форме «педагог-студент»» citing Р-145.
     */
    TEACHER_COLLEGE_STUDENT("педагог – студент", "teacher – college student", MentoringSystem.STUDENTS,
            EnumSet.of(PersonKind.TEACHER, PersonKind.LECTURER), EnumSet.of(PersonKind.COLLEGE_STUDENT),
            EnumSet.of(OrganizationKind.COLLEGE));

    private final String russianName;
    private final String englishName;
    private final MentoringSystem system;
    private final Set<PersonKind> mentorKinds;
    private final Set<PersonKind> menteeKinds;
    private final Set<OrganizationKind> organizationKinds;

    MentoringForm(String russianName, String englishName, MentoringSystem system, Set<PersonKind> mentorKinds,
            Set<PersonKind> menteeKinds, Set<OrganizationKind> organizationKinds) {
        this.russianName = russianName;
        this.englishName = englishName;
        this.system = system;
        this.mentorKinds = Set.copyOf(mentorKinds);
        this.menteeKinds = Set.copyOf(menteeKinds);
        this.organizationKinds = Set.copyOf(organizationKinds);
    }

    /**
     * @param language  the language, not null
     * @return the form's name, such as «ученик – ученик»
     */
    public String displayName(Language language) {
        return language == Language.RU ? russianName : englishName;
    }

    /** @return the system of mentoring the form belongs to */
    public MentoringSystem system() {
        return system;
    }

    /** @return the kinds of person who may be the mentor */
    public Set<PersonKind> mentorKinds() {
        return mentorKinds;
    }

    /** @return the kinds of person who may be a mentee */
    public Set<PersonKind> menteeKinds() {
        return menteeKinds;
    }

    /** @return the kinds of organization the form is meant for */
    public Set<OrganizationKind> organizationKinds() {
        return organizationKinds;
    }

    /**
     * @param kind  a kind of person, not null
     * @return whether a person of that kind may be the mentor
     */
    public boolean admitsMentor(PersonKind kind) {
        return mentorKinds.contains(kind);
    }

    /**
     * @param kind  a kind of person, not null
     * @return whether a person of that kind may be a mentee
     */
    public boolean admitsMentee(PersonKind kind) {
        return menteeKinds.contains(kind);
    }

    /**
     * @param kind  a kind of organization, not null
     * @return whether the form is meant for organizations of that kind
     */
    public boolean suits(OrganizationKind kind) {
        return organizationKinds.contains(kind);
    }
}
