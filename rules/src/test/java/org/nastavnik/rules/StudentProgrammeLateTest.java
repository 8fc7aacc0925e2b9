package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MunicipalDutyFixtures.SASOVO;
import static org.nastavnik.rules.MunicipalDutyFixtures.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.Programme;
import org.nastavnik.model.ProgrammeKind;
import org.nastavnik.model.Snapshot;

/** STUDENT_PROGRAMME_LATE: a student mentoring programme implemented by the municipal deadline. */
class StudentProgrammeLateTest {

    private static final String RULE = "STUDENT_PROGRAMME_LATE";
    private static final String SASOVO_FILE = "002_ed13c83c9ce40234.txt";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Programme programme(ProgrammeKind kind, String from) {
        return Programme.builder().id("pr1").organizationId("s1").kind(kind)
                .period(DateRange.of(date(from), date(from).plusMonths(9))).build();
    }

    @Test
    void seed_002_a_sasovo_school_without_a_programme_after_30_12_2020_is_reported() {
        // seed 002: «внедрить программы наставничества до 30 декабря 2020 года»
        Snapshot s = MunicipalDutyFixtures.seed(SASOVO_FILE, "62", SASOVO).build();
        assertEquals(List.of("STUDENT_PROGRAMME_LATE s1 seed-002/order-2-b3 2020-12-30 none"),
                rows(engine.check(s, date("11.01.2021")).findings(RULE), "dueOn", "doneOn"));
    }

    @Test
    void a_programme_started_by_the_deadline_complies_a_personalised_one_does_not_count() {
        Snapshot s = MunicipalDutyFixtures.seed(SASOVO_FILE, "62", SASOVO)
                .addProgrammes(programme(ProgrammeKind.MENTORING_PROGRAMME, "01.12.2020")).build();
        assertTrue(engine.check(s, date("11.01.2021")).findings(RULE).isEmpty());
        Snapshot personalised = MunicipalDutyFixtures.seed(SASOVO_FILE, "62", SASOVO)
                .addProgrammes(programme(ProgrammeKind.PERSONALISED_PROGRAMME, "01.12.2020")).build();
        assertEquals(1, engine.check(personalised, date("11.01.2021")).findings(RULE).size());
    }

    @Test
    void a_programme_started_the_day_after_is_late() {
        Snapshot s = MunicipalDutyFixtures.seed(SASOVO_FILE, "62", SASOVO)
                .addProgrammes(programme(ProgrammeKind.MENTORING_PROGRAMME, "31.12.2020")).build();
        assertEquals(List.of("STUDENT_PROGRAMME_LATE s1 seed-002/order-2-b3 2020-12-31"),
                rows(engine.check(s, date("11.01.2021")).findings(RULE), "doneOn"));
    }
}
