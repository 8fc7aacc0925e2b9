package org.nastavnik.rules;

import java.util.List;

/** Measures a cold start by hand: {@code java -cp <test class path> org.nastavnik.rules.ColdStart}. */
final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        ComplianceEngine engine = ComplianceEngine.federal();
        long built = System.nanoTime();
        ComplianceReport report = engine.check(Fixtures.school()
                .addFormAdoptions(Fixtures.adopts("s1", "01.09.2022"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "20.09.2022")).build(),
                Fixtures.date("01.10.2022"));
        long checked = System.nanoTime();
        System.out.printf("engine %d ms, first check %d ms, findings %d%n", (built - start) / 1_000_000,
                (checked - built) / 1_000_000, report.findings().size());
    }
}
