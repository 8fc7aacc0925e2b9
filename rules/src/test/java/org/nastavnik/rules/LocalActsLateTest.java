package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MunicipalDutyFixtures.DONETSK;
import static org.nastavnik.rules.MunicipalDutyFixtures.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.Snapshot;

/** LOCAL_ACTS_LATE: the school's roadmap and order adopted by the deadline of the municipal roadmap's row. */
class LocalActsLateTest {

    private static final String RULE = "LOCAL_ACTS_LATE";
    private static final String DONETSK_FILE = "000_b1a327a0c3acdb77.txt";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static LocalAct act(LocalActKind kind, String on) {
        return LocalAct.builder().organizationId("s1").kind(kind).adoptedOn(date(on)).build();
    }

    @Test
    void seed_000_a_donetsk_school_without_roadmap_and_order_after_08_10_2020_is_reported_once_per_row() {
        // seed 000 rows 1–2: roadmaps and local acts of the organizations, «08.10.2020»
        Snapshot s = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK).build();
        List<Finding> found = engine.check(s, date("09.10.2020")).findings(RULE);
        assertEquals(List.of("LOCAL_ACTS_LATE s1 seed-000/1 ROADMAP 2020-10-08 none",
                "LOCAL_ACTS_LATE s1 seed-000/2 IMPLEMENTATION_ORDER 2020-10-08 none"),
                rows(found, "actKind", "dueOn", "doneOn"));
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertTrue(found.get(0).message(Language.RU).startsWith("Организация s1 не приняла свою дорожную карту к 08.10.2020, "
                + "как требует строка 1 плана «"), found.get(0).message(Language.RU));
    }

    @Test
    void acts_adopted_on_the_deadline_comply_and_nothing_is_due_before_it() {
        Snapshot onTime = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK)
                .addLocalActs(act(LocalActKind.ROADMAP, "08.10.2020"), act(LocalActKind.IMPLEMENTATION_ORDER, "01.10.2020"))
                .build();
        assertTrue(engine.check(onTime, date("01.12.2020")).findings(RULE).isEmpty());
        Snapshot none = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK).build();
        assertTrue(engine.check(none, date("08.10.2020")).findings(RULE).isEmpty(), "due on 08.10, not yet overdue");
    }

    @Test
    void an_act_adopted_a_day_late_is_reported_with_its_date() {
        Snapshot late = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK)
                .addLocalActs(act(LocalActKind.ROADMAP, "09.10.2020"), act(LocalActKind.IMPLEMENTATION_ORDER, "01.10.2020"))
                .build();
        assertEquals(List.of("LOCAL_ACTS_LATE s1 seed-000/1 ROADMAP 2020-10-08 2020-10-09"),
                rows(engine.check(late, date("01.12.2020")).findings(RULE), "actKind", "dueOn", "doneOn"));
    }

    @Test
    void seed_002_and_seed_001_state_their_deadlines_in_words() {
        // seed 002: «разработать до 7 сентября 2020 года план мероприятий «дорожные карты»»
        Snapshot sasovo = MunicipalDutyFixtures.seed("002_ed13c83c9ce40234.txt", "62", MunicipalDutyFixtures.SASOVO).build();
        assertEquals(List.of("LOCAL_ACTS_LATE s1 seed-002/order-2-b1 ROADMAP 2020-09-07"),
                rows(engine.check(sasovo, date("01.10.2020")).findings(RULE), "actKind", "dueOn"));
        // seed 001 rows 1.2–1.3: «Сентябрь 2021 г.»
        Snapshot tashtagol = MunicipalDutyFixtures.seed("001_7378df4a4936b2be.txt", "42",
                MunicipalDutyFixtures.TASHTAGOL).build();
        assertEquals(List.of("LOCAL_ACTS_LATE s1 seed-001/1.2 ROADMAP 2021-09-30",
                "LOCAL_ACTS_LATE s1 seed-001/1.3 IMPLEMENTATION_ORDER 2021-09-30"),
                rows(engine.check(tashtagol, date("01.10.2021")).findings(RULE), "actKind", "dueOn"));
    }

    @Test
    void a_row_recorded_done_by_the_body_that_set_it_or_by_the_school_counts_but_not_one_done_by_another_school() {
        org.nastavnik.model.Organization uo = org.nastavnik.model.Organization.builder().id("uo").name("Отдел образования")
                .kind(org.nastavnik.model.OrganizationKind.AUTHORITY).region(org.nastavnik.model.RegionCode.of("61"))
                .municipality(DONETSK).build();
        Snapshot byBody = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK).addOrganizations(uo)
                .addCompletions(org.nastavnik.model.Completion.builder().roadmapId("seed-000").activityNumber("1")
                        .organizationId("uo").completedOn(date("08.10.2020")).build()).build();
        assertEquals(List.of("LOCAL_ACTS_LATE s1 seed-000/2 IMPLEMENTATION_ORDER"),
                rows(engine.check(byBody, date("01.12.2020")).findings(RULE), "actKind"));
        Snapshot byOther = MunicipalDutyFixtures.seed(DONETSK_FILE, "61", DONETSK)
                .addOrganizations(MunicipalDutyFixtures.school("s2", "61", DONETSK))
                .addCompletions(org.nastavnik.model.Completion.builder().roadmapId("seed-000").activityNumber("1")
                        .organizationId("s2").completedOn(date("08.10.2020")).build()).build();
        assertEquals(List.of("LOCAL_ACTS_LATE s1 seed-000/1 ROADMAP", "LOCAL_ACTS_LATE s1 seed-000/2 IMPLEMENTATION_ORDER",
                "LOCAL_ACTS_LATE s2 seed-000/2 IMPLEMENTATION_ORDER"),
                rows(engine.check(byOther, date("01.12.2020")).findings(RULE), "actKind"));
    }
}
