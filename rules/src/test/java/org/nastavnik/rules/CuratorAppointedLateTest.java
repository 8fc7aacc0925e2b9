package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MunicipalDutyFixtures.BELGOROD;
import static org.nastavnik.rules.MunicipalDutyFixtures.rows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Snapshot;

/** CURATOR_APPOINTED_LATE: curators appointed by the deadline of the municipal roadmap's row. */
class CuratorAppointedLateTest {

    private static final String RULE = "CURATOR_APPOINTED_LATE";
    private static final String BELGOROD_FILE = "003_13c3d7daf42f483a.txt";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static CuratorAppointment curator(String appointedOn, String orderDate) {
        return CuratorAppointment.builder().personId("t1").organizationId("s1")
                .order(DocumentRef.order("5", date(orderDate))).appointedOn(date(appointedOn)).build();
    }

    @Test
    void seed_003_a_belgorod_school_without_curator_after_07_03_2022_is_reported_once() {
        // seed 003 item 4.1 «В срок до 07.03.2022 назначить ответственных …» and row 2.2 «До 07.03.2022 года»
        // are one obligation (the reader merges them into row 2.2), so one finding
        Snapshot s = MunicipalDutyFixtures.seed(BELGOROD_FILE, "31", BELGOROD).build();
        List<String> found = rows(engine.check(s, date("10.03.2022")).findings(RULE), "dueOn", "doneOn");
        assertEquals(List.of("CURATOR_APPOINTED_LATE s1 seed-003/2.2 2022-03-07 none"), found);
    }

    @Test
    void a_curator_appointed_by_the_deadline_complies() {
        Snapshot s = MunicipalDutyFixtures.seed(BELGOROD_FILE, "31", BELGOROD).addPeople(Fixtures.teacher("t1", "s1"))
                .addCuratorAppointments(curator("07.03.2022", "07.03.2022")).build();
        assertTrue(engine.check(s, date("10.03.2022")).findings(RULE).isEmpty());
    }

    @Test
    void an_appointment_dated_in_time_by_an_order_signed_late_counts_from_the_order() {
        Snapshot s = MunicipalDutyFixtures.seed(BELGOROD_FILE, "31", BELGOROD).addPeople(Fixtures.teacher("t1", "s1"))
                .addCuratorAppointments(curator("04.03.2022", "09.03.2022")).build();
        assertEquals(List.of("CURATOR_APPOINTED_LATE s1 seed-003/2.2 2022-03-09"),
                rows(engine.check(s, date("10.03.2022")).findings(RULE), "doneOn"));
    }
}
