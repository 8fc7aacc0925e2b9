package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MeetingFixtures.personalised;
import static org.nastavnik.rules.MeetingFixtures.programme;
import static org.nastavnik.rules.MeetingFixtures.record;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.ProgrammeKind;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * PERSONALISED_PROGRAM_DURATION: a personalised programme lasts from programmeMinMonths (3) to
 * programmeMaxMonths (12): the day after its end is no earlier than start + 3 months and no
 * later than start + 12 months.
 */
class PersonalisedProgramDurationTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Snapshot programmeFrom(String start, String endInclusive) {
        return Fixtures.school().addProgrammes(personalised("pp1", start, endInclusive)).build();
    }

    private List<Finding> check(Snapshot s) {
        return engine.check(s, date("01.10.2022")).findings("PERSONALISED_PROGRAM_DURATION");
    }

    @Test
    void should_not_report_a_programme_of_exactly_three_months() {
        // given 01.09.2022 to 30.11.2022: the day after the end is 01.12.2022 = start + 3 months
        Snapshot s = programmeFrom("01.09.2022", "30.11.2022");
        // when / then
        assertEquals(List.of(), check(s));
    }

    @Test
    void should_report_a_programme_one_day_shorter_than_three_months() {
        // given
        Snapshot s = programmeFrom("01.09.2022", "29.11.2022");
        // when
        List<Finding> found = check(s);
        // then
        assertEquals(1, found.size(), found.toString());
        Finding f = found.get(0);
        assertEquals(List.of(SubjectRef.organization("s1"), record("pp1")), f.subjects());
        assertEquals(Map.of("startInclusive", "2022-09-01", "endInclusive", "2022-11-29", "months", "2", "days", "29",
                "minMonths", "3", "earliestEnd", "2022-11-30"), f.evidence());
        assertEquals("PERSONALISED_PROGRAM_DURATION|organization:s1|record:pp1", f.key());
        assertEquals(Severity.WARNING, f.severity());
        assertEquals("Персонализированная программа pp1 организации s1 короче 3 мес.", f.message(Language.RU));
        assertEquals("Expected a programme starting on 2022-09-01 to last at least 3 months, to 2022-11-30 or later;"
                + " programme pp1 ends on 2022-11-29, lasting 2 months and 29 days.", f.explanation(Language.EN));
    }

    @Test
    void should_not_report_a_programme_of_exactly_twelve_months() {
        // given 01.09.2022 to 31.08.2023: the day after the end is 01.09.2023 = start + 12 months
        Snapshot s = programmeFrom("01.09.2022", "31.08.2023");
        // when / then
        assertEquals(List.of(), check(s));
    }

    @Test
    void should_report_a_programme_one_day_longer_than_twelve_months() {
        // given
        Snapshot s = programmeFrom("01.09.2022", "01.09.2023");
        // when
        List<Finding> found = check(s);
        // then
        assertEquals(1, found.size(), found.toString());
        assertEquals(Map.of("startInclusive", "2022-09-01", "endInclusive", "2023-09-01", "months", "12", "days", "1",
                "maxMonths", "12", "latestEnd", "2023-08-31"), found.get(0).evidence());
        assertEquals("Personalised programme pp1 of organization s1 is longer than 12 months.",
                found.get(0).message(Language.EN));
    }

    @Test
    void should_not_judge_a_mentoring_programme_of_the_student_system() {
        // given a one-month programme of another kind
        Snapshot s = Fixtures.school()
                .addProgrammes(programme("mp1", ProgrammeKind.MENTORING_PROGRAMME, "01.09.2022", "30.09.2022")).build();
        // when / then
        assertEquals(List.of(), check(s));
    }

    @Test
    void should_follow_the_region_bounds_when_the_parameters_change() {
        // given bounds of 6 to 9 months and programmes of exactly 6 and exactly 9 months, and one day more
        ComplianceEngine region = ComplianceEngine.builder()
                .parameters(RuleParameters.builder().set(RuleParameters.PROGRAMME_MIN_MONTHS, 6).set(RuleParameters.PROGRAMME_MAX_MONTHS, 9).build()).build();
        Snapshot s = Fixtures.school().addProgrammes(
                personalised("six", "01.09.2022", "28.02.2023"),
                personalised("nine", "01.09.2022", "31.05.2023"),
                personalised("short", "01.09.2022", "27.02.2023"),
                personalised("long", "01.09.2022", "01.06.2023")).build();
        // when
        List<Finding> found = region.check(s, date("01.10.2022")).findings("PERSONALISED_PROGRAM_DURATION");
        // then
        assertEquals(List.of("long", "short"),
                found.stream().map(f -> f.subjectIds(SubjectType.RECORD).get(0)).sorted().toList());
    }
}
