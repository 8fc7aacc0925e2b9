package org.nastavnik.rules.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.json.ReportJson;
import org.quicktheories.QuickTheory;

/**
 * Issue 24, the round-trip contract: whatever the library accepts and writes (a snapshot, each of
 * its roadmaps, the report of its check) reads back equal, and is written again byte for byte.
 * Hostile documents with fixed seeds; 200 s with {@code -Pfuzz}.
 */
class RoundTripFuzzTest {
    private static final ComplianceEngine ENGINE = ComplianceEngine.federal();

    static QuickTheory theory(long seed, int examples) {
        long seconds = HostileJson.fuzzSeconds();
        QuickTheory q = qt().withFixedSeed(seed).withShrinkCycles(0);
        return seconds > 0 ? q.withUnlimitedExamples().withTestingTime(seconds, TimeUnit.SECONDS)
                : q.withExamples(examples);
    }

    @Test
    void what_is_written_reads_back_equal() {
        theory(24_100L, 150).forAll(HostileJson.documents()).checkAssert(doc -> {
            Snapshot s;
            try {
                s = JsonDocument.SNAPSHOT.read(doc.json());
            } catch (ValidationException refused) {
                return;
            }
            String written = JsonDocument.SNAPSHOT.write(s);
            Snapshot again = JsonDocument.SNAPSHOT.read(written);
            assertEquals(s, again, doc::toString);
            assertEquals(written, JsonDocument.SNAPSHOT.write(again), doc::toString);
            for (Roadmap r : s.roadmaps()) {
                assertEquals(r, JsonDocument.ROADMAP.read(JsonDocument.ROADMAP.write(r)), doc::toString);
            }
            ComplianceReport report = ENGINE.check(s, s.asOf(), CheckOptions.defaults().withHorizonDays(30));
            String json = ReportJson.write(report);
            assertEquals(report, ReportJson.read(json), doc::toString);
            assertEquals(json, ReportJson.write(ReportJson.read(json)), doc::toString);
        });
    }
}
