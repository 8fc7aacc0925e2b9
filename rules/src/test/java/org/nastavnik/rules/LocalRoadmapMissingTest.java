package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.OrganizationFixtures.act;
import static org.nastavnik.rules.OrganizationFixtures.date;
import static org.nastavnik.rules.OrganizationFixtures.keys;
import static org.nastavnik.rules.OrganizationFixtures.org;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Snapshot;

/** LOCAL_ROADMAP_MISSING: an organization implementing the model has its own road map by the check date. */
class LocalRoadmapMissingTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot roadmapAdoptedOn(String on) {
        return OrganizationFixtures.school()
                .addOrganizations(org("c1", OrganizationKind.MENTORING_CENTRE))
                .addLocalActs(act("s1", LocalActKind.IMPLEMENTATION_ORDER, "01.09.2022"),
                        act("s1", LocalActKind.ROADMAP, on))
                .build();
    }

    @Test
    void should_report_a_school_whose_road_map_is_adopted_after_the_check_date() {
        // given the road map adopted on 02.10.2022; a mentoring centre, which does not implement the model itself
        Snapshot s = roadmapAdoptedOn("02.10.2022");
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("LOCAL_ROADMAP_MISSING");
        assertEquals(List.of("LOCAL_ROADMAP_MISSING|organization:s1|actKind=ROADMAP"), keys(found));
        assertEquals(Map.of("actKind", "ROADMAP", "asOf", "2022-10-01"), found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("У организации s1 нет дорожной карты внедрения целевой модели (на 01.10.2022).",
                found.get(0).message(Language.RU));
    }

    @Test
    void should_not_report_a_road_map_adopted_on_the_check_date() {
        // given
        Snapshot s = roadmapAdoptedOn("01.10.2022");
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(), report.findings("LOCAL_ROADMAP_MISSING"));
    }
}
