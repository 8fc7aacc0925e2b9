package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Snapshot;

/** Listeners on the builder see every report a check makes; the coverage recorder is found by ServiceLoader. */
class CheckListenerTest {

    @Test
    void should_tell_a_listener_of_every_report_a_check_makes() {
        // given
        List<ComplianceReport> seen = new CopyOnWriteArrayList<>();
        ComplianceEngine engine = ComplianceEngine.builder().checkListener(seen::add).build();
        Snapshot snapshot = ConcurrencyTest.snapshot(3);
        LocalDate asOf = Fixtures.date("01.10.2022");
        // when
        ComplianceReport first = engine.check(snapshot, asOf);
        ComplianceReport second = engine.check(snapshot, asOf, CheckOptions.defaults().withHorizonDays(30));
        // then
        assertEquals(2, seen.size());
        assertSame(first, seen.get(0));
        assertSame(second, seen.get(1));
        assertTrue(first.findings().size() > 0, "the snapshot breaks some rule: " + first.findings());
    }

    @Test
    void should_not_tell_the_listeners_of_other_engines() {
        List<ComplianceReport> seen = new CopyOnWriteArrayList<>();
        ComplianceEngine.builder().checkListener(seen::add).build();
        ComplianceEngine.federal().check(ConcurrencyTest.snapshot(1), Fixtures.date("01.10.2022"));
        assertEquals(List.of(), seen);
    }

    @Test
    void should_refuse_a_null_listener() {
        assertThrows(NullPointerException.class, () -> ComplianceEngine.builder().checkListener(null));
    }

    @Test
    void should_find_the_rule_coverage_recorder_by_service_loader() {
        List<String> found = ServiceLoader.load(CheckListener.class).stream().map(p -> p.type().getName()).toList();
        assertEquals(List.of("org.nastavnik.testing.RuleCoverageRecorder"), found);
    }
}
