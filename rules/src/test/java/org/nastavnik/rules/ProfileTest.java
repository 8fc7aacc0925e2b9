package org.nastavnik.rules;

import java.util.OptionalInt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;
import org.nastavnik.rules.spi.Parameter;

/** Layered profiles: stricter changes, refused weakenings, visible waivers, organization layers, files. */
class ProfileTest {

    @Test
    void should_refuse_weakening_a_violation_rule_of_a_higher_layer_without_a_reason() {
        // given a region pack with a VIOLATION rule reading pairWindowDays, and a municipality that weakens it
        Profile.Builder b = Profile.builder().region("31").rulePack(StrictWindowModel.pack())
                .municipality("город Белгород").parameter("pairWindowDays", "30");
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        // then
        assertEquals("the profile has 1 problem:\n"
                + "  municipality город Белгород: parameter pairWindowDays weakened from 14 to 30 (federal value 14;"
                + " higher is weaker), but rule TEST_STRICT_WINDOW of pack test-strict is a VIOLATION that reads it;"
                + " make it stricter, or state a reason: relax.pairWindowDays=<why>", e.getMessage());
    }

    @Test
    void should_allow_a_stricter_value_without_a_reason() {
        // when
        Profile p = Profile.builder().region("31").rulePack(StrictWindowModel.pack())
                .municipality("город Белгород").parameter("pairWindowDays", "10").build();
        // then
        assertEquals(10, p.parameters().get(RuleParameters.PAIR_WINDOW_DAYS));
        assertEquals(List.of(), p.waivers());
    }

    @Test
    void should_show_a_relaxation_in_every_report_and_keep_the_rule_on() {
        // given the weakening with a reason
        Profile p = Profile.builder().region("31").rulePack(StrictWindowModel.pack())
                .municipality("город Белгород").parameter("pairWindowDays", "30")
                .relax("pairWindowDays", "school holidays in the district").build();
        ComplianceEngine engine = ComplianceEngine.forProfile(p);
        // when a pair is formed on day 20
        Snapshot s = Fixtures.school().addCuratorAppointments(Fixtures.curator("t5", "s1", "01.08.2022"))
                .addFormAdoptions(Fixtures.adopts("s1", "01.09.2022"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "21.09.2022")).build();
        ComplianceReport report = engine.check(s, date("01.11.2022"));
        // then both rules reading the parameter list the relaxation, and the federal rule still runs with 30
        String reason = "pairWindowDays 14 → 30 (municipality город Белгород): school holidays in the district";
        assertEquals(List.of(Waiver.relaxation("PAIR_FORMED_LATE", "pairWindowDays", reason),
                Waiver.relaxation("TEST_STRICT_WINDOW", "pairWindowDays", reason)), report.waivers());
        assertTrue(report.rulesEvaluated().contains("PAIR_FORMED_LATE"));
        assertEquals(List.of(), report.findings("PAIR_FORMED_LATE"));
    }

    @Test
    void should_show_a_switched_off_rule_with_its_reason_in_every_report() {
        // given
        Profile p = Profile.builder().region("61").waive("PAIR_INCOMPLETE", "pairs are checked by the region's own system")
                .build();
        Snapshot s = Fixtures.school().addMentorships(Fixtures.pair("p1", "s1", "t1", List.of(), "01.09.2022")).build();
        // when
        ComplianceReport report = ComplianceEngine.forProfile(p).check(s, date("01.10.2022"));
        // then
        assertEquals(List.of(Waiver.of("PAIR_INCOMPLETE", "pairs are checked by the region's own system")),
                report.waivers());
        assertEquals(List.of(), report.findings("PAIR_INCOMPLETE"));
        assertEquals(1, ComplianceEngine.federal().check(s, date("01.10.2022")).findings("PAIR_INCOMPLETE").size());
    }

    @Test
    void should_refuse_switching_off_without_a_reason_and_layers_out_of_order() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profile.builder()
                .municipality("город Белгород")
                .region("31").waive("PAIR_INCOMPLETE", " ")
                .organization("s1").rulePack(StrictWindowModel.pack())
                .build());
        // then
        assertEquals("the profile has 4 problems:\n"
                + "  municipality layer (город Белгород) must come right after a region layer, not after federal\n"
                + "  region layer (31) must come right after the federal base, before municipality город Белгород\n"
                + "  region 31: switching off rule PAIR_INCOMPLETE needs a reason; none was given\n"
                + "  organization s1: rule pack test-strict refused; an organization layer changes parameters only",
                e.getMessage());
    }

    @Test
    void should_check_an_organization_with_its_own_pair_window() {
        // given two schools, both forming a pair on day 10; school s2 has a 7-day window
        Profile p = Profile.builder().region("42").organization("s2").parameter("pairWindowDays", "7").build();
        Snapshot s = Fixtures.school()
                .addOrganizations(Fixtures.school("s2"))
                .addPeople(Fixtures.teacher("u1", "s2"), Fixtures.teacher("u2", "s2"))
                .addCuratorAppointments(Fixtures.curator("t5", "s1", "01.08.2022"),
                        Fixtures.curator("u2", "s2", "01.08.2022"))
                .addFormAdoptions(Fixtures.adopts("s1", "01.09.2022"), Fixtures.adopts("s2", "01.09.2022"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "11.09.2022"),
                        Fixtures.pair("p2", "s2", "u1", List.of("u2"), "11.09.2022"))
                .build();
        // when
        ComplianceReport report = ComplianceEngine.forProfile(p).check(s, date("01.10.2022"));
        // then only s2's pair is late, by its own window
        List<Finding> late = report.findings("PAIR_FORMED_LATE");
        assertEquals(List.of("PAIR_FORMED_LATE|organization:s2|mentorship:p2|dueOn=2022-09-08"),
                late.stream().map(Finding::key).toList());
        assertEquals("7", late.get(0).evidence().get("windowDays"));
        assertEquals(14, p.parametersFor("s1").get(RuleParameters.PAIR_WINDOW_DAYS));
        assertEquals(7, p.parametersFor("s2").get(RuleParameters.PAIR_WINDOW_DAYS));
        assertTrue(report.ruleSetVersion().contains(";orgParams="), report.ruleSetVersion());
    }

    @Test
    void should_read_a_profile_file() throws IOException {
        // given
        String file = String.join("\n",
                "# Kemerovo, Tashtagol district",
                "region=42",
                "municipality=Таштагольский муниципальный район",
                "packs=r42-tashtagol",
                "param.pairWindowDays=10",
                "waive.CURATOR_MISSING=curators are kept in the regional system",
                "org.s2.param.pairWindowDays=7");
        // when
        Profile p = Profile.read(new StringReader(file), "nastavnik-profile.properties", getClass().getClassLoader());
        // then
        assertEquals("42", p.region().orElseThrow().code());
        assertEquals("Таштагольский муниципальный район", p.municipality().orElseThrow());
        assertEquals(10, p.parameters().get(RuleParameters.PAIR_WINDOW_DAYS));
        assertEquals(7, p.parametersFor("s2").get(RuleParameters.PAIR_WINDOW_DAYS));
        assertEquals(List.of("federal", "r42-tashtagol"), p.rulePacks().stream().map(RulePack::id).toList());
        assertEquals(List.of(Waiver.of("CURATOR_MISSING", "curators are kept in the regional system")), p.waivers());
    }

    @Test
    void should_list_every_bad_key_of_a_profile_file_with_its_value_and_range() {
        // given
        String file = String.join("\n",
                "region=3x",
                "packs=r31-belgorod,no-such-pack",
                "param.pairWindowDays=400",
                "param.monitoringDayOfMonth=twenty",
                "param.listRefreshBy=10-01",
                "waive.PAIR_INCOMPLETE=",
                "org.s1.param.graceDays=-1",
                "colour=red");
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Profile.read(new StringReader(file), "bad.properties", getClass().getClassLoader()));
        // then
        assertEquals("profile bad.properties has 8 problems:\n"
                + "  region (3x): region code (3x) must be two digits from 01 to 99, such as 31 for the Belgorod region\n"
                + "  colour (red): unknown key; known: region, municipality, packs, param.<parameter>, waive.<RULE_ID>,"
                + " relax.<parameter>, org.<id>.param.<parameter>, org.<id>.relax.<parameter>\n"
                + "  org.s1.param.graceDays (-1): rule parameter graceDays is out of range (-1); allowed: 0..365\n"
                + "  packs (r31-belgorod,no-such-pack): no rule pack with id no-such-pack; known: r23-sochi,"
                + " r31-belgorod, r42-tashtagol, r61-donetsk, r62-sasovo\n"
                + "  param.listRefreshBy (10-01): rule parameter listRefreshBy has an unreadable value (10-01);"
                + " allowed: --MM-DD\n"
                + "  param.monitoringDayOfMonth (twenty): rule parameter monitoringDayOfMonth has an unreadable value"
                + " (twenty); allowed: 1..28\n"
                + "  param.pairWindowDays (400): rule parameter pairWindowDays is out of range (400); allowed: 1..365\n"
                + "  waive.PAIR_INCOMPLETE (): needs a reason, shown in every report", e.getMessage());
    }

    @Test
    void should_refuse_a_waiver_of_an_unknown_rule_naming_the_file_the_key_and_the_near_ids() {
        String file = "region=31\npacks=r31-belgorod\nwaive.CURATOR_MISING=kept elsewhere\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Profile.read(new StringReader(file), "r31.properties", getClass().getClassLoader()));
        assertEquals("profile r31.properties has 1 problem:\n"
                + "  waive.CURATOR_MISING (kept elsewhere): no rule CURATOR_MISING in the federal catalogue or the packs"
                + " of the file to switch off; did you mean CURATOR_MISSING?", e.getMessage());
    }

    @Test
    void should_refuse_an_unknown_built_in_region() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Profiles.region("66"));
        assertEquals("no built-in profile for region (66); built in: 23, 31, 42, 61, 62; build your own with"
                + " Profile.builder() or Profile.read(…)", e.getMessage());
    }

    @Test
    void should_declare_which_way_each_parameter_weakens() {
        assertEquals(Parameter.WeakerWhen.HIGHER, RuleParameters.PAIR_WINDOW_DAYS.weakerWhen());
        assertEquals(Parameter.WeakerWhen.LOWER, RuleParameters.MIN_MENTEE_AGE.weakerWhen());
        RuleParameters fed = RuleParameters.federal();
        assertTrue(RuleParameters.builder().set("listRefreshBy", "--11-01").build().isWeakerThan("listRefreshBy", fed));
        assertTrue(RuleParameters.builder().set(RuleParameters.MIN_MENTEE_AGE, 8).build().isWeakerThan("minMenteeAge", fed));
        assertTrue(fed.isWeakerThan("maxMenteesPerMentor", RuleParameters.builder().set(RuleParameters.MAX_MENTEES_PER_MENTOR, OptionalInt.of(3)).build()));
        assertTrue(!RuleParameters.builder().set(RuleParameters.PAIR_WINDOW_DAYS, 10).build().isWeakerThan("pairWindowDays", fed));
    }

    @Test
    void should_leave_organizations_without_a_layer_to_the_territory_parameters() {
        assertEquals(Profile.federal().parameters(), RuleParameters.federal());
        assertEquals(List.of("federal"), Profile.federal().rulePacks().stream().map(RulePack::id).toList());
        assertEquals(OrganizationKind.SCHOOL, RegionFixtures.organization("x", OrganizationKind.SCHOOL, "31").kind());
        assertEquals(MentoringForm.TEACHER_TEACHER, FormAdoption.builder().organizationId("x")
                .form(MentoringForm.TEACHER_TEACHER).adoptedOn(date("01.01.2023")).build().form());
    }
}
