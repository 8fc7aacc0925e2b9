package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.curator;
import static org.nastavnik.rules.Fixtures.date;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Language;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.RegionCode;

/** CURATOR_MISSING: an organization implementing the model has a curator in force. */
class CuratorMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void should_report_school_without_curator() {
        // given a school with no curator, and an enterprise (not implementing the model) without one
        var s = Fixtures.school().addOrganizations(Organization.builder().id("e1").name("Plant")
                .kind(OrganizationKind.ENTERPRISE).region(RegionCode.of("42")).build()).build();
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("CURATOR_MISSING");
        assertEquals(1, found.size());
        assertEquals("CURATOR_MISSING|organization:s1", found.get(0).key());
        assertEquals(Map.of("asOf", "2022-10-01", "curatorsInForce", "0"), found.get(0).evidence());
        assertEquals("В организации s1 нет куратора на 01.10.2022.", found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_school_with_curator_in_force() {
        // given
        var s = Fixtures.school().addCuratorAppointments(curator("t5", "s1", "01.09.2022")).build();
        // when, on the day of appointment
        ComplianceReport report = engine.check(s, date("01.09.2022"));
        // then
        assertEquals(List.of(), report.findings("CURATOR_MISSING"));
    }

    @Test
    void should_report_curator_appointed_after_the_check_date() {
        // given
        var s = Fixtures.school().addCuratorAppointments(curator("t5", "s1", "02.09.2022")).build();
        // when
        ComplianceReport report = engine.check(s, date("01.09.2022"));
        // then
        assertEquals(1, report.findings("CURATOR_MISSING").size());
    }
}
