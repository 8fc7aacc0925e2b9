package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RegionFixtures.difference;
import static org.nastavnik.rules.RegionFixtures.idle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Agreement;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.common.Language;
import org.nastavnik.model.ListKind;
import org.nastavnik.model.ListUpdate;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.MonitoringKind;
import org.nastavnik.model.MonitoringReport;
import org.nastavnik.model.Programme;
import org.nastavnik.model.ProgrammeKind;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * The same snapshot under the federal profile and under each seed profile: the differences are
 * exactly the duties each profile documents, and nothing else.
 */
class RegionProfilesTest {

    private static final ComplianceEngine FEDERAL = ComplianceEngine.federal();

    private static List<String> differenceUnder(String region, LocalDate asOf) {
        Snapshot s = idle(region).build();
        ComplianceEngine engine = ComplianceEngine.forProfile(Profiles.region(region));
        return difference(FEDERAL.check(s, asOf), engine.check(s, asOf));
    }

    @Test
    void should_add_exactly_the_donetsk_duties_under_profile_61() {
        assertEquals(List.of(
                "+R61_LOCAL_ACTS_LATE|organization:s1|kind=IMPLEMENTATION_ORDER|dueOn=2020-10-08",
                "+R61_LOCAL_ACTS_LATE|organization:s1|kind=MENTORING_REGULATION|dueOn=2020-10-08",
                "+R61_MONITORING_MISSING|organization:s1|dueOn=2020-12-15",
                "+R61_PARTNER_AGREEMENT_LATE|organization:s1|dueOn=2020-11-02",
                "+R61_SCHOOL_ROADMAP_LATE|organization:s1|dueOn=2020-10-08"),
                differenceUnder("61", date("01.01.2021")));
    }

    @Test
    void should_add_exactly_the_tashtagol_duties_under_profile_42() {
        // the roadmap's period starts with its earliest activity, May 2021 (issue 15: not January):
        // nothing is owed before; the second quarter began before it and is not owed either
        assertEquals(List.of(), differenceUnder("42", date("01.05.2021")));
        assertEquals(List.of(
                "+R42_MNC_MONITORING_MISSING|organization:mc1|dueOn=2021-05-25",
                "+R42_MNC_MONITORING_MISSING|organization:mc1|dueOn=2021-06-25",
                "+R42_MNC_MONITORING_MISSING|organization:mc1|dueOn=2021-07-25",
                "+R42_MNC_MONITORING_MISSING|organization:mc1|dueOn=2021-08-25",
                "+R42_MNC_MONITORING_MISSING|organization:mc1|dueOn=2021-09-25",
                "+R42_PERSONIFIED_ACCOUNTING_LATE|organization:s1|dueOn=2021-09-30"),
                differenceUnder("42", date("01.10.2021")));
    }

    @Test
    void should_add_exactly_the_sasovo_duties_under_profile_62() {
        assertEquals(List.of(
                "+R62_PROGRAMME_LATE|organization:s1|dueOn=2020-12-30",
                "+R62_SCHOOL_ROADMAP_LATE|organization:s1|dueOn=2020-09-07"),
                differenceUnder("62", date("01.01.2021")));
    }

    @Test
    void should_add_exactly_the_belgorod_duties_under_profile_31() {
        assertEquals(List.of(
                "+R31_CURATOR_LATE|organization:s1|dueOn=2022-03-07",
                "+R31_LOCAL_ACTS_NOT_UPDATED|organization:s1|dueOn=2022-09-01",
                "+R31_MONITORING_LATE|organization:s1|dueOn=2022-10-30"),
                differenceUnder("31", date("01.11.2022")));
    }

    @Test
    void should_add_exactly_the_sochi_duties_under_profile_23() {
        assertEquals(List.of(
                "+R23_LISTS_NOT_REFRESHED|organization:mc1|list=CURATORS|dueOn=2023-10-01",
                "+R23_LISTS_NOT_REFRESHED|organization:mc1|list=MENTORS_AND_MENTEES|dueOn=2023-10-01",
                "+R23_TEACHER_FORM_MISSING|organization:s1"),
                differenceUnder("23", date("02.10.2023")));
    }

    @Test
    void should_add_nothing_before_the_first_due_date() {
        // the day each first duty falls due is still on time
        assertEquals(List.of(), differenceUnder("61", date("08.10.2020")));
        assertEquals(List.of(), differenceUnder("62", date("07.09.2020")));
        assertEquals(List.of(), differenceUnder("31", date("07.03.2022")));
        assertEquals(List.of(), differenceUnder("42", date("25.01.2021")));
    }

    @Test
    void should_report_nothing_of_donetsk_when_every_duty_is_done_on_its_due_day() {
        // given the acts on 08.10.2020, the agreement on 02.11.2020, reports on each due day
        Snapshot s = idle("61")
                .addLocalActs(act(LocalActKind.ROADMAP, "08.10.2020"), act(LocalActKind.IMPLEMENTATION_ORDER, "08.10.2020"),
                        act(LocalActKind.MENTORING_REGULATION, "01.10.2020"))
                .addAgreements(Agreement.builder().id("a1").organizationId("s1").partnerId("mc1")
                        .signedOn(date("02.11.2020")).build())
                .addMonitoringReports(report("m1", "15.12.2020"), report("m2", "15.03.2021"))
                .build();
        // when
        ComplianceReport r = ComplianceEngine.forProfile(Profiles.region("61")).check(s, date("16.03.2021"));
        // then
        assertEquals(List.of(), r.findings().stream().filter(f -> f.ruleId().startsWith("R61_")).toList());
        // and one report is missing a quarter later
        ComplianceReport later = ComplianceEngine.forProfile(Profiles.region("61")).check(s, date("16.06.2021"));
        List<Finding> missing = later.findings("R61_MONITORING_MISSING");
        assertEquals(1, missing.size(), () -> "R61_MONITORING_MISSING as of 16.06.2021: " + missing);
        Finding f = missing.get(0);
        // «на 15.12.2020, ежеквартально» read from its first day: 15.03, 15.06 … (the key is the one users had)
        assertEquals("R61_MONITORING_MISSING|organization:s1|dueOn=2021-06-15", f.key());
        assertEquals("2021-03-16", f.evidence().get("windowStart"));
        assertEquals("OVERDUE", f.evidence().get("state"));
        assertTrue(f.evidence().get("readingRu").contains("15-е число последнего месяца каждого квартала"),
                f.evidence().toString());
        assertEquals("Организация s1 не представила мониторинг до 15.06.2021.", f.message(Language.RU));
        assertTrue(f.explanation(Language.EN).startsWith("Expected a periodic report submitted after the previous due "
                + "date and by 15 Jun 2021; the duty applies from the roadmap's approval, 22 Sep 2020;"),
                f.explanation(Language.EN));
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.source().document().contains("№ 324"), f.source().toString());
    }

    @Test
    void should_report_the_belgorod_and_sasovo_one_off_duties_done_late_as_late_with_the_same_keys() {
        // given a curator appointed, a regulation updated and a report submitted after their days; a roadmap and a
        // programme after theirs (issue 15: late is late, not "never done")
        Snapshot belgorod = idle("31")
                .addCuratorAppointments(Fixtures.curator("t1", "s1", "10.03.2022"))
                .addLocalActs(act(LocalActKind.TEACHER_SYSTEM_REGULATION, "05.09.2022"))
                .addMonitoringReports(report("m1", "31.10.2022"))
                .build();
        Snapshot sasovo = idle("62")
                .addLocalActs(act(LocalActKind.ROADMAP, "10.09.2020"))
                .addProgrammes(Programme.builder().id("pr1").organizationId("s1").kind(ProgrammeKind.MENTORING_PROGRAMME)
                        .period(DateRange.of(date("11.01.2021"), date("31.05.2021"))).build())
                .build();
        // when
        ComplianceReport r31 = ComplianceEngine.forProfile(Profiles.region("31")).check(belgorod, date("01.11.2022"));
        ComplianceReport r62 = ComplianceEngine.forProfile(Profiles.region("62")).check(sasovo, date("12.01.2021"));
        // then the keys are those of the findings when nothing was done
        List<Finding> b = r31.findings().stream().filter(f -> f.ruleId().startsWith("R31_")).toList();
        assertEquals(List.of("R31_CURATOR_LATE|organization:s1|dueOn=2022-03-07",
                "R31_LOCAL_ACTS_NOT_UPDATED|organization:s1|dueOn=2022-09-01",
                "R31_MONITORING_LATE|organization:s1|dueOn=2022-10-30"), b.stream().map(Finding::key).toList());
        assertEquals(List.of("3", "4", "1"), b.stream().map(f -> f.evidence().get("daysLate")).toList());
        assertTrue(b.stream().allMatch(f -> f.evidence().get("state").equals("DONE_LATE")
                && f.evidence().get("startedRu").equals("с утверждения дорожной карты 03.03.2022")), b.toString());
        assertEquals("В организации s1 куратор назначен 10.03.2022, с опозданием на 3 дн. (срок — 07.03.2022).",
                b.get(0).message(Language.RU));
        List<Finding> s = r62.findings().stream().filter(f -> f.ruleId().startsWith("R62_")).toList();
        assertEquals(List.of("R62_PROGRAMME_LATE|organization:s1|dueOn=2020-12-30",
                "R62_SCHOOL_ROADMAP_LATE|organization:s1|dueOn=2020-09-07"), s.stream().map(Finding::key).toList());
        assertEquals(List.of("12", "3"), s.stream().map(f -> f.evidence().get("daysLate")).toList());
        assertEquals("Organization s1 approved its roadmap on 10 Sep 2020, 3 days late (due 7 Sep 2020).",
                s.get(1).message(Language.EN));
    }

    @Test
    void should_report_the_donetsk_one_off_duties_done_late_as_late_with_the_same_keys() {
        // given the roadmap a week late, the regulation on time, the order missing, the agreement a day late
        Snapshot s = idle("61")
                .addLocalActs(act(LocalActKind.ROADMAP, "15.10.2020"), act(LocalActKind.MENTORING_REGULATION, "01.10.2020"))
                .addAgreements(Agreement.builder().id("a1").organizationId("s1").partnerId("mc1")
                        .signedOn(date("03.11.2020")).build())
                .build();
        // when
        ComplianceReport r = ComplianceEngine.forProfile(Profiles.region("61")).check(s, date("10.11.2020"));
        // then
        List<Finding> found = r.findings().stream().filter(f -> f.ruleId().startsWith("R61_")).toList();
        assertEquals(List.of("R61_LOCAL_ACTS_LATE|organization:s1|kind=IMPLEMENTATION_ORDER|dueOn=2020-10-08",
                "R61_PARTNER_AGREEMENT_LATE|organization:s1|dueOn=2020-11-02",
                "R61_SCHOOL_ROADMAP_LATE|organization:s1|dueOn=2020-10-08"), found.stream().map(Finding::key).toList());
        assertEquals(List.of("OVERDUE", "DONE_LATE", "DONE_LATE"),
                found.stream().map(f -> f.evidence().get("state")).toList());
        assertEquals("Организация s1 утвердила дорожную карту 15.10.2020, с опозданием на 7 дн. (срок — 08.10.2020).",
                found.get(2).message(Language.RU));
        assertEquals("с утверждения дорожной карты 22.09.2020", found.get(1).evidence().get("startedRu"));
    }

    @Test
    void should_report_nothing_of_sochi_or_sasovo_when_their_duties_are_done() {
        // given
        Snapshot sochi = idle("23")
                .addFormAdoptions(FormAdoption.builder().organizationId("s1").form(MentoringForm.TEACHER_TEACHER)
                        .adoptedOn(date("01.09.2023")).build())
                .addListUpdates(list(ListKind.CURATORS, "01.10.2023"), list(ListKind.MENTORS_AND_MENTEES, "01.10.2022"))
                .build();
        Snapshot sasovo = idle("62")
                .addLocalActs(act(LocalActKind.ROADMAP, "07.09.2020"))
                .addProgrammes(Programme.builder().id("pr1").organizationId("s1").kind(ProgrammeKind.MENTORING_PROGRAMME)
                        .period(DateRange.of(date("30.12.2020"), date("31.05.2021"))).build())
                .build();
        // when
        ComplianceReport r23 = ComplianceEngine.forProfile(Profiles.region("23")).check(sochi, date("02.10.2023"));
        ComplianceReport r62 = ComplianceEngine.forProfile(Profiles.region("62")).check(sasovo, date("01.01.2021"));
        // then: the mentors list refreshed on 01.10.2022 belongs to the 2022 period, not to 2023
        assertEquals(List.of("R23_LISTS_NOT_REFRESHED|organization:mc1|list=MENTORS_AND_MENTEES|dueOn=2023-10-01"),
                RegionFixtures.keys(r23).stream().filter(k -> k.startsWith("R23_")).toList());
        assertEquals(List.of(), RegionFixtures.keys(r62).stream().filter(k -> k.startsWith("R62_")).toList());
    }

    @Test
    void should_fire_a_pack_rule_only_where_the_pack_is_loaded() {
        // given the snapshot that breaks every Donetsk duty
        Snapshot s = idle("61").build();
        // when checked under the federal and the Belgorod profiles
        ComplianceReport federal = FEDERAL.check(s, date("01.01.2021"));
        ComplianceReport belgorod = ComplianceEngine.forProfile(Profiles.region("31")).check(s, date("01.01.2021"));
        // then no R61 rule is known or fires
        assertFalse(FEDERAL.rule("R61_SCHOOL_ROADMAP_LATE").isPresent());
        assertTrue(FEDERAL.rules().stream().allMatch(d -> d.packId().equals("federal")));
        assertTrue(federal.findings().stream().noneMatch(f -> f.ruleId().startsWith("R")), federal.findings().toString());
        assertTrue(belgorod.findings().stream().noneMatch(f -> f.ruleId().startsWith("R61_")));
        assertEquals("r61-donetsk", ComplianceEngine.forProfile(Profiles.region("61")).rule("R61_SCHOOL_ROADMAP_LATE")
                .orElseThrow().packId());
    }

    @Test
    void should_describe_every_region_rule_with_its_seed_document() {
        for (String code : Profiles.codes()) {
            ComplianceEngine engine = ComplianceEngine.forProfile(Profiles.region(code));
            List<RuleDescriptor> own = engine.rules().stream().filter(d -> !d.packId().equals("federal")).toList();
            assertFalse(own.isEmpty(), code);
            for (RuleDescriptor d : own) {
                assertTrue(d.id().startsWith("R" + code + "_"), d.id());
                assertEquals(Reliability.ofTag("S"), d.reliability(), d.id());
                assertTrue(d.severity() == Severity.WARNING || d.severity() == Severity.NOTICE, d.id());
                assertFalse(d.source().clause().isBlank(), d.id());
            }
        }
        assertEquals(List.of("23", "31", "42", "61", "62"), Profiles.codes());
    }

    @Test
    void should_state_the_tashtagol_window_as_the_federal_default() {
        Profile p = Profiles.region("42");
        assertEquals(14, p.parameters().get(RuleParameters.PAIR_WINDOW_DAYS));
        assertTrue(p.parameters().isFederal(), p.parameters().toString());
        assertEquals(Map.of("pairWindowDays", "14", "monitoringDayOfMonth", "25", "personifiedAccountingMonths", "3"),
                p.layers().get(2).parameters());
    }

    private static LocalAct act(LocalActKind kind, String on) {
        return LocalAct.builder().organizationId("s1").kind(kind).adoptedOn(date(on)).build();
    }

    private static MonitoringReport report(String id, String on) {
        return MonitoringReport.builder().id(id).organizationId("s1").kind(MonitoringKind.PERIODIC)
                .submittedOn(date(on)).build();
    }

    private static ListUpdate list(ListKind kind, String on) {
        return ListUpdate.builder().organizationId("mc1").list(kind).updatedOn(date(on)).build();
    }
}
