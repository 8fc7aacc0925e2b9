package org.nastavnik.examples;

import java.time.LocalDate;
import java.util.List;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Territory;

/**
 * A vendor's records of one school, already mapped onto the model's values: what an embedding
 * system would produce from its own database.
 *
 * @param territory  the territory
 * @param organizations  the organizations
 * @param people  the people
 * @param curators  the curators' appointments
 * @param formAdoptions  the forms adopted
 * @param mentorships  the pairs and groups
 */
public record SchoolRecords(Territory territory, List<Organization> organizations, List<Person> people,
        List<CuratorAppointment> curators, List<FormAdoption> formAdoptions, List<Mentorship> mentorships) {

    /**
     * A school in Belgorod whose single pair was formed 15 days after the form was determined.
     *
     * @param form  the form of the pair, teacher–teacher or student–student
     * @return the records
     */
    public static SchoolRecords sample(MentoringForm form) {
        PersonKind kind = form == MentoringForm.TEACHER_TEACHER ? PersonKind.TEACHER : PersonKind.SCHOOL_STUDENT;
        return new SchoolRecords(
                Territory.municipality("31", "город Белгород"),
                List.of(Organization.builder().id("s12").name("МБОУ «СОШ № 12»").kind(OrganizationKind.SCHOOL)
                        .region(RegionCode.of("31")).municipality("город Белгород").build()),
                List.of(Person.builder().id("t1").kind(PersonKind.TEACHER).organizationId("s12")
                                .experienceYears(20).build(),
                        Person.builder().id("m1").kind(kind).organizationId("s12").experienceYears(1).build(),
                        Person.builder().id("m2").kind(kind).organizationId("s12").experienceYears(2).build()),
                List.of(CuratorAppointment.builder().personId("t1").organizationId("s12")
                        .order(DocumentRef.order("26/1", LocalDate.of(2022, 9, 1)))
                        .appointedOn(LocalDate.of(2022, 9, 1)).build()),
                List.of(FormAdoption.builder().organizationId("s12").form(form)
                        .adoptedOn(LocalDate.of(2022, 9, 1)).build()),
                List.of(Mentorship.builder().id("p1").organizationId("s12").form(form).mentorId("m1")
                        .addMenteeIds("m2").formedOn(LocalDate.of(2022, 9, 16)).build()));
    }
}
