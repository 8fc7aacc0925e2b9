package org.example.region66;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.common.Language;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.spi.RuleParameters;
import org.nastavnik.rules.spi.RulePack;

/** R66_PAIRS_ORDER_LATE and the region-66 profile, as a region's developer would test them. */
class Sverdlovsk66PackTest {

    /** The pack as the engine finds it on the class path: from META-INF/nastavnik-pack.properties, no Java class. */
    private static final RulePack PACK = RulePack.discover(Sverdlovsk66PackTest.class.getClassLoader()).stream()
            .filter(p -> p.id().equals("r66-sverdlovsk-example")).findFirst().orElseThrow();

    private static final ComplianceEngine REGION = ComplianceEngine.forProfile(
            Profile.builder().region("66").rulePack(PACK).parameter("pairWindowDays", "10").build());

    /** A school whose pair p1 was formed on 01.09.2023, with its pairs order adopted on a day, or none. */
    private static Snapshot pairsOrderOn(String isoDate) {
        var b = Snapshot.builder()
                .asOf(LocalDate.of(2023, 10, 1))
                .territory(Territory.region("66"))
                .addOrganizations(Organization.builder().id("s1").name("School 1").kind(OrganizationKind.SCHOOL)
                        .region(RegionCode.of("66")).build())
                .addPeople(teacher("t1"), teacher("t2"))
                .addFormAdoptions(FormAdoption.builder().organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                        .adoptedOn(LocalDate.of(2023, 8, 20)).build())
                .addMentorships(Mentorship.builder().id("p1").organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                        .mentorId("t1").menteeIds(List.of("t2")).formedOn(LocalDate.of(2023, 9, 1)).build());
        if (isoDate != null) {
            b.addLocalActs(LocalAct.builder().organizationId("s1").kind(LocalActKind.PAIRS_ORDER)
                    .adoptedOn(LocalDate.parse(isoDate)).build());
        }
        return b.build();
    }

    private static Person teacher(String id) {
        return Person.builder().id(id).kind(PersonKind.TEACHER).organizationId("s1").build();
    }

    @Test
    void should_report_a_pair_not_fixed_by_an_order_within_the_region_window() {
        // when
        ComplianceReport report = REGION.check(pairsOrderOn(null), LocalDate.of(2023, 10, 1));
        // then
        List<Finding> found = report.findings("R66_PAIRS_ORDER_LATE");
        assertEquals(1, found.size(), report.findings().toString());
        Finding f = found.get(0);
        assertEquals("R66_PAIRS_ORDER_LATE|organization:s1|mentorship:p1|dueOn=2023-09-11", f.key());
        assertEquals(Map.of("formedOn", "2023-09-01", "windowDays", "10", "dueOn", "2023-09-11"), f.evidence());
        assertEquals("Пара p1 организации s1 не закреплена приказом к 11.09.2023.", f.message(Language.RU));
    }

    @Test
    void should_accept_an_order_on_the_last_day_of_the_window_and_not_a_day_later() {
        assertEquals(List.of(), REGION.check(pairsOrderOn("2023-09-11"), LocalDate.of(2023, 10, 1))
                .findings("R66_PAIRS_ORDER_LATE"));
        assertEquals(1, REGION.check(pairsOrderOn("2023-09-12"), LocalDate.of(2023, 10, 1))
                .findings("R66_PAIRS_ORDER_LATE").size());
    }

    @Test
    void should_apply_the_changed_parameter_to_the_federal_rules_too() {
        // given the pair formed on day 12 after the form was determined (20.08 → 01.09)
        Snapshot s = pairsOrderOn("2023-09-05");
        // when
        ComplianceReport region = REGION.check(s, LocalDate.of(2023, 10, 1));
        ComplianceReport federal = ComplianceEngine.federal().check(s, LocalDate.of(2023, 10, 1));
        // then the federal rule is late by the region's 10 days, on time by the federal 14
        assertEquals("10", region.findings("PAIR_FORMED_LATE").get(0).evidence().get("windowDays"));
        assertEquals(List.of(), federal.findings("PAIR_FORMED_LATE"));
    }

    @Test
    void should_be_discovered_on_the_class_path_and_fire_only_where_loaded() {
        // given
        ComplianceEngine discovered = ComplianceEngine.builder()
                .discoverRulePacks(getClass().getClassLoader()).build();
        // then
        assertEquals("r66-sverdlovsk-example", discovered.rule("R66_PAIRS_ORDER_LATE").orElseThrow().packId());
        assertFalse(ComplianceEngine.federal().rule("R66_PAIRS_ORDER_LATE").isPresent());
        assertEquals(List.of(), ComplianceEngine.federal().check(pairsOrderOn(null), LocalDate.of(2023, 10, 1))
                .findings("R66_PAIRS_ORDER_LATE"));
    }

    @Test
    void should_read_the_region_profile_from_its_file() throws Exception {
        // given
        try (Reader r = new InputStreamReader(getClass().getClassLoader()
                .getResourceAsStream("nastavnik-profile.properties"), StandardCharsets.UTF_8)) {
            // when
            Profile p = Profile.read(r, "nastavnik-profile.properties", getClass().getClassLoader());
            // then
            assertEquals(10, p.parameters().get(RuleParameters.PAIR_WINDOW_DAYS));
            assertEquals("r66-sverdlovsk-example", p.rulePacks().get(1).id());
            assertEquals(1, ComplianceEngine.forProfile(p).check(pairsOrderOn(null), LocalDate.of(2023, 10, 1))
                    .findings("R66_PAIRS_ORDER_LATE").size());
        }
    }

    @Test
    void should_read_the_pack_parameter_typed_and_let_a_profile_change_it() {
        // given a profile that shortens the pack's own window to 5 days
        Profile p = Profile.builder().region("66").rulePack(PACK)
                .parameter("pairsOrderDays", "5").build();
        // when
        ComplianceReport report = ComplianceEngine.forProfile(p).check(pairsOrderOn("2023-09-08"),
                LocalDate.of(2023, 10, 1));
        // then
        assertEquals("5", p.parameters().text("pairsOrderDays"));
        assertEquals(10, Profile.builder().region("66").rulePack(PACK).build().parameters()
                .getInt("pairsOrderDays"), "the pack's default");
        Finding f = report.findings("R66_PAIRS_ORDER_LATE").get(0);
        assertEquals("5", f.evidence().get("windowDays"));
        assertEquals("2023-09-06", f.evidence().get("dueOn"));
        assertEquals("pairsOrderDays", REGION.rule("R66_PAIRS_ORDER_LATE").orElseThrow().parameters().get(0).key());
    }

    @Test
    void should_refuse_a_pack_parameter_out_of_range_or_without_its_pack() {
        // given
        String outOfRange = "region=66\npacks=r66-sverdlovsk-example\nparam.pairsOrderDays=61\n";
        String withoutPack = "region=66\nparam.pairsOrderDays=5\n";
        ClassLoader loader = getClass().getClassLoader();
        // when
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Profile.read(new StringReader(outOfRange), "range.properties", loader));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Profile.read(new StringReader(withoutPack), "unknown.properties", loader));
        // then
        assertTrue(range.getMessage().contains("param.pairsOrderDays (61): rule parameter pairsOrderDays is out of "
                + "range (61); allowed: 1..60"), range.getMessage());
        assertTrue(unknown.getMessage().contains("param.pairsOrderDays (5): unknown rule parameter (pairsOrderDays)"),
                unknown.getMessage());
    }
}
