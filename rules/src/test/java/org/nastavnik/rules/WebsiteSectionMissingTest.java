package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MunicipalDutyFixtures.DONETSK;
import static org.nastavnik.rules.MunicipalDutyFixtures.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Snapshot;

/** WEBSITE_SECTION_MISSING: a «Наставничество» section on the website where the municipal roadmap plans one. */
class WebsiteSectionMissingTest {

    private static final String RULE = "WEBSITE_SECTION_MISSING";
    private static final String DONETSK_FILE = "000_b1a327a0c3acdb77.txt";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void seed_000_a_donetsk_school_without_the_section_is_reported_on_the_check_date() {
        // seed 000 row 10: «Создание на сайтах образовательных организаций раздела «Наставничество»» — «постоянно»
        Snapshot s = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK).build();
        List<Finding> found = engine.check(s, date("01.12.2020")).findings(RULE);
        assertEquals(List.of("WEBSITE_SECTION_MISSING s1 seed-000/10 2020-12-01 none"),
                rows(found, "dueBy", "sectionOn"));
        assertEquals(Severity.NOTICE, found.get(0).severity());
    }

    @Test
    void a_school_with_the_section_complies_and_a_check_before_the_roadmap_asks_nothing() {
        Snapshot s = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK).build();
        Snapshot with = Snapshot.builder().from(s).organizations(List.of(
                org.nastavnik.model.Organization.builder().from(s.organizations().get(0))
                        .mentoringSectionOn(date("01.11.2020")).build(), s.organizations().get(1))).build();
        assertTrue(engine.check(with, date("01.12.2020")).findings(RULE).isEmpty());
        assertEquals(1, engine.check(with, date("31.10.2020")).findings(RULE).size(), "the section came on 01.11.2020");
        assertTrue(engine.check(s, date("21.09.2020")).findings(RULE).isEmpty(), "the order is of 22.09.2020");
    }

    @Test
    void a_roadmap_without_such_a_row_asks_nothing() {
        Snapshot s = MunicipalDutyFixtures.seed("002_ed13c83c9ce40234.txt", "62", MunicipalDutyFixtures.SASOVO).build();
        assertTrue(engine.check(s, date("01.12.2020")).findings(RULE).isEmpty());
    }
}
