package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.json.ReportJson;

/** One engine, 8 threads, 1000 checks of different snapshots: each report equals the single-threaded one. */
class ConcurrencyTest {

    private static final int CHECKS = 1000;

    static Snapshot snapshot(int i) {
        List<Mentorship> pairs = new ArrayList<>();
        for (int p = 0; p < 1 + i % 4; p++) {
            String formed = String.format("%02d.09.2022", 2 + (i * 7 + p * 5) % 27);
            List<String> mentees = (i + p) % 11 == 0 ? List.of() : List.of("t" + (2 + p));
            pairs.add(Fixtures.pair("p" + i + "_" + p, "s1", "t1", mentees, formed));
        }
        var b = Fixtures.school().addFormAdoptions(Fixtures.adopts("s1", "01.09.2022")).addAllMentorships(pairs);
        if (i % 3 == 0) {
            CuratorAppointment c = Fixtures.curator("t5", "s1", "01.08.2022");
            b.addCuratorAppointments(c);
        }
        return b.build();
    }

    @Test
    void should_give_the_same_reports_from_eight_threads() throws Exception {
        ComplianceEngine engine = ComplianceEngine.federal();
        LocalDate asOf = Fixtures.date("01.10.2022");
        List<Snapshot> snapshots = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < CHECKS; i++) {
            snapshots.add(snapshot(i));
            expected.add(ReportJson.write(engine.check(snapshots.get(i), asOf)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < CHECKS; i++) {
                Snapshot s = snapshots.get(i);
                results.add(pool.submit(() -> ReportJson.write(engine.check(s, asOf))));
            }
            for (int i = 0; i < CHECKS; i++) {
                assertEquals(expected.get(i), results.get(i).get(), "report of snapshot " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
