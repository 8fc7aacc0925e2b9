package org.nastavnik.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Territory;

/** Small snapshots for rule tests: one school, teachers, a curator, forms and pairs. */
public final class Fixtures {

    public static final DateTimeFormatter RU = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Fixtures() {
    }

    public static LocalDate date(String ddMMyyyy) {
        return LocalDate.parse(ddMMyyyy, RU);
    }

    /** A snapshot builder with territory 42, school s1 and teachers t1..t5; asOf 01.06.2023. */
    public static ImmutableSnapshot.Builder school() {
        ImmutableSnapshot.Builder b = org.nastavnik.model.Snapshot.builder()
                .asOf(date("01.06.2023"))
                .territory(Territory.region("42"))
                .addOrganizations(school("s1"));
        for (int i = 1; i <= 5; i++) {
            b.addPeople(teacher("t" + i, "s1"));
        }
        return b;
    }

    public static Organization school(String id) {
        return Organization.builder().id(id).name("School " + id).kind(OrganizationKind.SCHOOL)
                .region(RegionCode.of("42")).build();
    }

    public static Person teacher(String id, String organizationId) {
        return Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(organizationId).build();
    }

    public static CuratorAppointment curator(String personId, String organizationId, String from) {
        return CuratorAppointment.builder().personId(personId).organizationId(organizationId)
                .order(DocumentRef.order("1", date(from))).appointedOn(date(from)).build();
    }

    public static FormAdoption adopts(String organizationId, String on) {
        return FormAdoption.builder().organizationId(organizationId).form(MentoringForm.TEACHER_TEACHER)
                .adoptedOn(date(on)).build();
    }

    public static Mentorship pair(String id, String organizationId, String mentor, List<String> mentees, String formedOn) {
        return Mentorship.builder().id(id).organizationId(organizationId).form(MentoringForm.TEACHER_TEACHER)
                .mentorId(mentor).menteeIds(mentees).formedOn(date(formedOn)).build();
    }
}
