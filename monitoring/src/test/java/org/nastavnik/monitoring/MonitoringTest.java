package org.nastavnik.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Headcount;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.IndicatorValue;
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
import org.nastavnik.model.StudentsOfAge;
import org.nastavnik.model.Territory;
import org.nastavnik.monitoring.report.MonitoringHtml;
import org.nastavnik.monitoring.report.MonitoringXlsx;
import org.nastavnik.rules.Change;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;

class MonitoringTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 5, 15);
    static final ComplianceEngine ENGINE = ComplianceEngine.federal();

    /** s1 with a headcount (20 students 10–18, 4 teachers, 2 young), s2 without; enterprise e. */
    static Snapshot snapshot() {
        return Snapshot.builder().asOf(AS_OF).territory(Territory.municipality("31", "город Белгород"))
                .addOrganizations(
                        Organization.builder().id("s1").name("Школа № 1").kind(OrganizationKind.SCHOOL)
                                .region(RegionCode.of("31")).municipality("город Белгород")
                                .headcount(Headcount.builder().asOf(LocalDate.of(2023, 9, 1))
                                        .addStudentsByAge(StudentsOfAge.of(9, 30), StudentsOfAge.of(12, 10),
                                                StudentsOfAge.of(15, 10))
                                        .teachers(4).youngSpecialists(2).build())
                                .build(),
                        Organization.builder().id("s2").name("Школа № 2").kind(OrganizationKind.SCHOOL)
                                .region(RegionCode.of("31")).municipality("город Белгород").build(),
                        Organization.builder().id("e").name("Завод").kind(OrganizationKind.ENTERPRISE)
                                .region(RegionCode.of("31")).build())
                .addPeople(student("a", "s1", 2012), student("b", "s1", 2012), student("c", "s1", 2016),
                        student("d", "s1", 2008), teacher("t1", "s1", 20), teacher("t2", "s1", 1),
                        teacher("t3", "s1", 2), student("x", "s2", 2010), student("y", "s2", 2010))
                .addMentorships(
                        pair("p1", "s1", MentoringForm.STUDENT_STUDENT, "d", List.of("a", "b"), "1-н"),
                        pair("p2", "s1", MentoringForm.STUDENT_STUDENT, "d", List.of("c"), null),
                        pair("p3", "s1", MentoringForm.TEACHER_TEACHER, "t1", List.of("t2"), "1-н"),
                        Mentorship.builder().from(pair("p4", "s1", MentoringForm.TEACHER_TEACHER, "t1", List.of("t3"),
                                "2-н")).completedOn(LocalDate.of(2024, 1, 31)).build(),
                        Mentorship.builder().from(pair("p5", "s1", MentoringForm.TEACHER_TEACHER, "t1", List.of("t3"),
                                null)).formedOn(LocalDate.of(2024, 6, 1)).build(),
                        pair("p6", "s2", MentoringForm.STUDENT_STUDENT, "x", List.of("y"), "7"))
                .addLocalActs(LocalAct.builder().organizationId("s1").kind(LocalActKind.IMPLEMENTATION_ORDER)
                        .adoptedOn(LocalDate.of(2023, 8, 1)).document(DocumentRef.order("12", LocalDate.of(2023, 8, 1)))
                        .build())
                .addCuratorAppointments(CuratorAppointment.builder().personId("t1").organizationId("s1")
                        .order(DocumentRef.order("13", LocalDate.of(2023, 8, 2))).appointedOn(LocalDate.of(2023, 8, 2))
                        .build())
                .build();
    }

    static Person student(String id, String org, int born) {
        return Person.builder().id(id).kind(PersonKind.SCHOOL_STUDENT).organizationId(org)
                .birthDate(LocalDate.of(born, 1, 1)).build();
    }

    static Person teacher(String id, String org, int years) {
        return Person.builder().id(id).kind(PersonKind.TEACHER).organizationId(org).experienceYears(years).build();
    }

    static Mentorship pair(String id, String org, MentoringForm form, String mentor, List<String> mentees, String order) {
        var b = Mentorship.builder().id(id).organizationId(org).form(form).mentorId(mentor).menteeIds(mentees)
                .formedOn(LocalDate.of(2023, 9, 15));
        if (order != null) {
            b.approvalOrder(DocumentRef.order(order, LocalDate.of(2023, 9, 15)));
        }
        return b.build();
    }

    @Test
    void should_count_pairs_people_and_shares_of_each_organization_and_sum_them() {
        MonitoringResult r = Monitoring.federal().measure(snapshot(), AS_OF);
        assertEquals(2, r.organizations().size(), "the enterprise does not implement the model");
        Indicators s1 = r.organizations().get(0);
        assertEquals("s1", s1.scope().key());
        assertEquals(2, s1.count(Measure.ACTIVE_PAIRS)); // p2, p3
        assertEquals(1, s1.count(Measure.ACTIVE_GROUPS)); // p1
        assertEquals(1, s1.count(Measure.COMPLETED_PAIRS)); // p4; p5 is formed after the date
        assertEquals(3, s1.count(Measure.FIXED_BY_ORDER));
        assertEquals(2, s1.count(Measure.PAIR_ORDERS)); // 1-н twice, 2-н
        assertEquals(2, s1.count(Measure.MENTORS)); // d, t1
        assertEquals(4, s1.count(Measure.MENTEES)); // a, b, c, t2
        assertEquals(3, s1.count(Measure.MENTEES_SCHOOL_STUDENTS));
        assertEquals(1, s1.pairs(MentoringForm.TEACHER_TEACHER, true, false));
        // a and b are 12 on the date, c is 8: 2 of the 20 students aged 10-18
        assertEquals(new Share(IndicatorKind.STUDENT_MENTEES, 2, 20, 1, 0), s1.share(IndicatorKind.STUDENT_MENTEES));
        assertEquals(new Share(IndicatorKind.TEACHER_PARTICIPANTS, 2, 4, 1, 0),
                s1.share(IndicatorKind.TEACHER_PARTICIPANTS));
        assertEquals(new Share(IndicatorKind.YOUNG_SPECIALIST_MENTEES, 1, 2, 1, 0),
                s1.share(IndicatorKind.YOUNG_SPECIALIST_MENTEES));
        Indicators s2 = r.organizations().get(1);
        assertFalse(s2.share(IndicatorKind.STUDENT_MENTEES).isMeasured(), "no headcount: not measured");
        Indicators town = r.municipalities().get(0);
        assertEquals(3, town.count(Measure.ACTIVE_PAIRS));
        assertEquals(new Share(IndicatorKind.STUDENT_MENTEES, 2, 20, 1, 1), town.share(IndicatorKind.STUDENT_MENTEES));
        assertEquals(town.tally(), r.territory().tally());
        assertEquals(List.of("s1"), r.belowTarget().stream().filter(b -> b.indicator() == IndicatorKind.STUDENT_MENTEES
                && b.row().scope().level() == Scope.Level.ORGANIZATION).map(b -> b.row().scope().key()).toList());
        assertEquals(Optional.of(new BigDecimal("70")), r.target(IndicatorKind.STUDENT_MENTEES));
    }

    @Test
    void should_list_the_records_behind_a_number() {
        Monitoring m = Monitoring.federal();
        List<String> lines = m.explain(snapshot(), AS_OF, Scope.municipality("31", "город Белгород"), "FIXED_BY_ORDER");
        assertEquals(List.of("s1: p1: приказ № 1-н от 15.09.2023", "s1: p3: приказ № 1-н от 15.09.2023",
                "s1: p4: приказ № 2-н от 15.09.2023", "s2: p6: приказ № 7 от 15.09.2023"), lines);
        List<String> share = m.explain(snapshot(), AS_OF, Scope.organization("s1", "31", "Школа № 1"), "STUDENT_MENTEES");
        assertEquals(3, share.size(), share.toString());
        assertTrue(share.get(2).contains("знаменатель") && share.get(2).contains("20"), share.toString());
        assertThrows(IllegalArgumentException.class, () -> m.explain(snapshot(), AS_OF, Scope.territory(), "PAIRS"));
    }

    @Test
    void should_answer_no_data_where_the_data_cannot_tell_and_no_where_it_can() {
        Checklist c = Checklist.fill(snapshot(), Monitoring.federal().measure(snapshot(), AS_OF));
        List<Checklist.Answer> s1 = c.rows().get(0).answers();
        List<Checklist.Answer> s2 = c.rows().get(1).answers();
        assertEquals(Checklist.Status.NO_DATA, s1.get(0).status(), "website: not in the model");
        assertEquals("да: приказ № 12 от 01.08.2023", s1.get(1).text());
        assertEquals(Checklist.Status.NO, s1.get(2).status(), "acts are kept, s1 has no regulation");
        assertEquals(Checklist.Status.NO_DATA, s1.get(5).status(), "no programme anywhere in the data");
        assertEquals("да: приказ № 13 от 02.08.2023", s1.get(6).text());
        assertEquals(Checklist.Status.NO_DATA, s1.get(7).status(), "no base of mentors anywhere");
        assertEquals(Checklist.Status.NO, s2.get(1).status(), "s2 sent pairs, so its missing order is a no");
        assertEquals("3", s1.get(11).text());
        assertEquals("10,00 % (2 из 20)", s1.get(13).text());
        assertEquals("нет данных", s2.get(13).text());
        assertEquals("4", c.totals("город Белгород").get(11).text());
        assertEquals("да: 1 из 2", c.totals(null).get(1).text());
    }

    @Test
    void should_keep_the_indicators_and_the_target_findings_current_in_a_session() {
        Monitoring m = Monitoring.federal();
        Snapshot s = snapshot();
        try (MonitoringSession session = m.openSession(ENGINE, s, AS_OF)) {
            assertEquals(m.measure(s, AS_OF), session.indicators());
            assertEquals(1, below(session.report(), "s1"));
            // 12 more students of s1 aged 10-18 join a group: 14 of 20 = 70 %
            List<Change> changes = new java.util.ArrayList<>();
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                changes.add(Change.put(student("n" + i, "s1", 2011)));
                ids.add("n" + i);
            }
            changes.add(Change.put(pair("p9", "s1", MentoringForm.STUDENT_STUDENT, "d", ids, null)));
            changes.forEach(session::apply);
            Snapshot after = org.nastavnik.model.ImmutableSnapshot.copyOf(s)
                    .withPeople(concat(s.people(), changes.subList(0, 12)))
                    .withMentorships(concat(s.mentorships(), changes.subList(12, 13)));
            assertEquals(m.measure(after, AS_OF), session.indicators());
            assertEquals(new Share(IndicatorKind.STUDENT_MENTEES, 14, 20, 1, 0),
                    session.indicators().organizations().get(0).share(IndicatorKind.STUDENT_MENTEES));
            assertEquals(0, below(session.report(), "s1"));
            assertEquals(m.check(ENGINE, after, AS_OF).findings(), session.report().findings());
            // a refused change leaves the indicators as they were
            MonitoringResult before = session.indicators();
            assertThrows(IllegalArgumentException.class, () -> session.apply(Change.put(
                    pair("p10", "nowhere", MentoringForm.STUDENT_STUDENT, "d", List.of("a"), null))));
            assertEquals(before, session.indicators());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> concat(List<T> a, List<Change> b) {
        List<T> out = new java.util.ArrayList<>(a);
        b.forEach(c -> out.add((T) c.record()));
        return out;
    }

    private static long below(ComplianceReport r, String org) {
        return r.findings("TARGET_INDICATOR_BELOW").stream().filter(f -> f.organizationId().equals(org)).count();
    }

    @Test
    void should_report_supplied_values_that_the_records_do_not_bear_out() {
        Snapshot s = org.nastavnik.model.ImmutableSnapshot.copyOf(snapshot()).withIndicatorValues(
                IndicatorValue.builder().indicator(IndicatorKind.STUDENT_MENTEES).year(2024).organizationId("s1")
                        .involved(15).total(20).build());
        ComplianceReport r = Monitoring.federal().check(ENGINE, s, AS_OF);
        List<Finding> mismatch = r.findings("INDICATOR_VALUE_MISMATCH");
        assertEquals(1, mismatch.size());
        assertEquals("2", mismatch.get(0).evidence().get("computedInvolved"));
        assertEquals("true", r.findings("TARGET_INDICATOR_BELOW").stream().filter(f -> f.organizationId().equals("s1"))
                .findFirst().orElseThrow().evidence().get("computed"));
    }

    @Test
    void should_read_a_profile_and_list_every_problem() throws Exception {
        MonitoringProfile p = MonitoringProfile.read(new StringReader("studentAges=11-18\ntarget.STUDENT_MENTEES.2023=60\n"
                + "item.a.source=measure:MENTORS\nitem.a.title=Наставников\nitem.a.titleEn=Mentors\n"), "p");
        assertEquals(11, p.studentAgeFrom());
        assertEquals(Optional.of(new BigDecimal("60")), p.target(IndicatorKind.STUDENT_MENTEES, 2023));
        assertEquals(Optional.of(new BigDecimal("70")), p.target(IndicatorKind.STUDENT_MENTEES, 2024));
        assertEquals(1, p.items().size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MonitoringProfile.read(
                new StringReader("target.NOPE.2024=70\ntarget.STUDENT_MENTEES.2024=170\nitem.b.source=web\nfoo=1\n"), "p"));
        assertTrue(e.getMessage().contains("6 problems"), e.getMessage());
        assertTrue(e.getMessage().contains("item.b.source (web): unknown source"), e.getMessage());
    }

    @Test
    void should_write_a_workbook_that_reads_back_and_a_page_in_russian() throws Exception {
        Checklist c = Checklist.fill(snapshot(), Monitoring.federal().measure(snapshot(), AS_OF));
        byte[] xlsx = MonitoringXlsx.workbook(c);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet s = wb.getSheet(MonitoringXlsx.CHECKLIST_SHEET);
            assertEquals("Школа № 1", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(3.0, s.getRow(1).getCell(2 + 11).getNumericCellValue());
            assertEquals("нет данных", s.getRow(2).getCell(2 + 13).getStringCellValue());
            assertEquals("Итого по муниципалитету", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals(4.0, s.getRow(3).getCell(2 + 11).getNumericCellValue());
            Sheet ind = wb.getSheet(MonitoringXlsx.INDICATORS_SHEET);
            assertEquals(2.0, ind.getRow(1).getCell(2 + Measure.ACTIVE_PAIRS.ordinal()).getNumericCellValue());
        }
        String html = MonitoringHtml.page(c, null);
        assertTrue(html.contains("Аналитическая справка"), "a note");
        assertFalse(html.matches("(?s).*\\b(STUDENT_MENTEES|FIXED_BY_ORDER|SCHOOL_STUDENT|TARGET_INDICATOR_BELOW)\\b.*"),
                "no code words");
    }

    @Test
    void should_leave_out_of_the_rules_a_share_above_its_headcount() {
        // given s1's headcount says one student aged 10-18, and two are mentees
        Snapshot s = snapshot();
        Organization s1 = s.organizations().get(0);
        Organization stale = Organization.builder().from(s1).headcount(Headcount.builder()
                .from(s1.headcount().orElseThrow()).studentsByAge(List.of(StudentsOfAge.of(12, 1))).build()).build();
        Snapshot staleSnapshot = org.nastavnik.model.ImmutableSnapshot.copyOf(s)
                .withOrganizations(stale, s.organizations().get(1), s.organizations().get(2));
        // when
        Snapshot with = Monitoring.federal().withComputedValues(staleSnapshot, AS_OF);
        // then the table shows 2 of 1, and no indicator value goes to the rules for it
        Share students = Monitoring.federal().measure(staleSnapshot, AS_OF).organizations().get(0)
                .share(IndicatorKind.STUDENT_MENTEES);
        assertEquals(2, students.involved());
        assertEquals(1, students.total());
        assertFalse(students.isConsistent());
        assertTrue(with.indicatorValues().stream().noneMatch(v -> v.indicator() == IndicatorKind.STUDENT_MENTEES));
        assertEquals(2, with.indicatorValues().stream().filter(v -> v.organizationId().isPresent()).count());
    }
}
