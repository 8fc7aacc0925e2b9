package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.ParticipantFixtures.keys;
import static org.nastavnik.rules.ParticipantFixtures.participantKeys;
import static org.nastavnik.rules.ParticipantFixtures.scenario;
import static org.nastavnik.rules.ParticipantFixtures.teacher;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.ImmutableMentorship;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;

/** PAIR_NOT_APPROVED: a pair formed by the check date is fixed by an order with a date. */
class PairNotApprovedTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot withPair(Mentorship m) {
        return scenario().people(teacher("t1", "s1"), teacher("t2", "s1")).pair(m).build();
    }

    private static Mentorship pairWithout(String formedOn) {
        return Mentorship.builder().id("p1").organizationId("s1").form(MentoringForm.TEACHER_TEACHER).mentorId("t1")
                .addMenteeIds("t2").formedOn(date(formedOn)).build();
    }

    @Test
    void should_report_a_pair_without_an_approval_order() {
        // given
        Snapshot s = withPair(pairWithout("10.09.2022"));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("PAIR_NOT_APPROVED");
        assertEquals(List.of("PAIR_NOT_APPROVED|organization:s1|mentorship:p1"), keys(found));
        assertEquals(Map.of("formedOn", "2022-09-10", "approvalOrder", "none"), found.get(0).evidence());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Пара p1 организации s1 не закреплена приказом.", found.get(0).message(Language.RU));
    }

    @Test
    void should_report_an_approval_order_without_a_date() {
        // given an order «№ 12 от ____»
        Snapshot s = withPair(ImmutableMentorship.copyOf(pairWithout("10.09.2022"))
                .withApprovalOrder(DocumentRef.builder().number("12").build()));
        // when
        ComplianceReport report = engine.check(s, date("01.10.2022"));
        // then
        List<Finding> found = report.findings("PAIR_NOT_APPROVED");
        assertEquals(List.of("PAIR_NOT_APPROVED|organization:s1|mentorship:p1"), keys(found));
        assertEquals(Map.of("formedOn", "2022-09-10", "approvalOrderNumber", "12", "approvalOrderDate", "none"),
                found.get(0).evidence());
        assertEquals("Expected a dated order fixing pair p1, formed on 2022-09-10; order no. 12 has no date.",
                found.get(0).explanation(Language.EN));
    }

    @Test
    void should_not_report_a_pair_fixed_by_a_dated_order_whether_dated_before_or_after_formation() {
        // given orders dated the day before and a week after the formation
        Snapshot before = withPair(ImmutableMentorship.copyOf(pairWithout("10.09.2022"))
                .withApprovalOrder(DocumentRef.order("12", date("09.09.2022"))));
        Snapshot after = withPair(ImmutableMentorship.copyOf(pairWithout("10.09.2022"))
                .withApprovalOrder(DocumentRef.order("12", date("17.09.2022"))));
        // when
        ComplianceReport first = engine.check(before, date("01.10.2022"));
        ComplianceReport second = engine.check(after, date("01.10.2022"));
        // then
        assertEquals(List.of(), participantKeys(first));
        assertEquals(List.of(), participantKeys(second));
    }

    @Test
    void should_judge_a_pair_from_its_formation_day_not_before() {
        // given a pair without an order formed on 10.09.2022
        Snapshot s = withPair(pairWithout("10.09.2022"));
        // when checked on the formation day and the day before
        ComplianceReport onTheDay = engine.check(s, date("10.09.2022"));
        ComplianceReport dayBefore = engine.check(s, date("09.09.2022"));
        // then
        assertEquals(1, onTheDay.findings("PAIR_NOT_APPROVED").size());
        assertEquals(List.of(), dayBefore.findings("PAIR_NOT_APPROVED"));
    }
}
