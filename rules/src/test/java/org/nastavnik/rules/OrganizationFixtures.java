package org.nastavnik.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.IndicatorValue;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.MonitoringKind;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.TargetIndicator;
import org.nastavnik.model.Territory;

/**
 * Small snapshots for the organization set-up rules (organization-setup.drl): organizations of
 * any kind, people, local acts, list updates, reports, agreements, indicators. Dates are written
 * dd.MM.yyyy as in the documents.
 */
public final class OrganizationFixtures {

    private OrganizationFixtures() {
    }

    public static LocalDate date(String ddMMyyyy) {
        return Fixtures.date(ddMMyyyy);
    }

    /** A snapshot of region 42 as of 01.06.2024 with school s1 and its teachers t1..t3 and students st1..st3. */
    public static ImmutableSnapshot.Builder school() {
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(date("01.06.2024")).territory(Territory.region("42"))
                .addOrganizations(org("s1", OrganizationKind.SCHOOL));
        for (int i = 1; i <= 3; i++) {
            b.addPeople(person("t" + i, PersonKind.TEACHER, "s1"), person("st" + i, PersonKind.SCHOOL_STUDENT, "s1"));
        }
        return b;
    }

    public static Organization org(String id, OrganizationKind kind) {
        return Organization.builder().id(id).name("Organization " + id).kind(kind).region(RegionCode.of("42")).build();
    }

    public static Person person(String id, PersonKind kind, String organizationId) {
        return Person.builder().id(id).kind(kind).organizationId(organizationId).build();
    }

    public static FormAdoption adopts(String organizationId, MentoringForm form, String on) {
        return FormAdoption.builder().organizationId(organizationId).form(form).adoptedOn(date(on)).build();
    }

    public static LocalAct act(String organizationId, LocalActKind kind, String on) {
        return LocalAct.builder().organizationId(organizationId).kind(kind).adoptedOn(date(on)).build();
    }

    public static Mentorship pair(String id, String organizationId, MentoringForm form, String mentor, String mentee,
            String formedOn) {
        return Mentorship.builder().id(id).organizationId(organizationId).form(form).mentorId(mentor)
                .addMenteeIds(mentee).formedOn(date(formedOn)).build();
    }

    public static Mentorship completed(Mentorship m, String completedOn) {
        return Mentorship.builder().from(m).completedOn(date(completedOn)).build();
    }

    public static ListUpdate update(String organizationId, ListKind list, String on) {
        return ListUpdate.builder().organizationId(organizationId).list(list).updatedOn(date(on)).build();
    }

    public static MonitoringReport periodic(String id, String organizationId, String submittedOn) {
        return MonitoringReport.builder().id(id).organizationId(organizationId).kind(MonitoringKind.PERIODIC)
                .submittedOn(date(submittedOn)).build();
    }

    public static MonitoringReport monitoring(String id, Mentorship m, MonitoringKind kind, String submittedOn) {
        return MonitoringReport.builder().id(id).organizationId(m.organizationId()).kind(kind)
                .submittedOn(date(submittedOn)).mentorshipId(m.id()).build();
    }

    public static Agreement agreement(String id, String organizationId, String partnerId, String signedOn, String until) {
        var b = Agreement.builder().id(id).organizationId(organizationId).partnerId(partnerId).signedOn(date(signedOn));
        if (until != null) {
            b.validUntil(date(until));
        }
        return b.build();
    }

    public static RegistryEntry mentee(String personId, String organizationId, String includedOn) {
        return RegistryEntry.builder().personId(personId).organizationId(organizationId).role(ParticipantRole.MENTEE)
                .includedOn(date(includedOn)).build();
    }

    public static TargetIndicator target(IndicatorKind indicator, int year, String percent) {
        return TargetIndicator.builder().indicator(indicator).year(year).targetPercent(new BigDecimal(percent)).build();
    }

    public static IndicatorValue measured(IndicatorKind indicator, int year, String organizationId, int involved, int total) {
        var b = IndicatorValue.builder().indicator(indicator).year(year).involved(involved).total(total);
        if (organizationId != null) {
            b.organizationId(organizationId);
        }
        return b.build();
    }

    public static List<String> keys(List<Finding> findings) {
        return findings.stream().map(Finding::key).collect(Collectors.toList());
    }
}
