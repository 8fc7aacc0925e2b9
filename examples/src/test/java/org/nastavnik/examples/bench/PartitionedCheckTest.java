package org.nastavnik.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;

class PartitionedCheckTest {

    @Test
    void should_find_what_a_single_check_finds_when_a_municipality_is_checked_in_partitions() {
        // given
        TerritoryGenerator g = TerritoryGenerator.of(Scale.MUNICIPALITY, 21);
        ComplianceEngine engine = ComplianceEngine.federal();
        ComplianceReport single = engine.check(g.snapshot(), TerritoryGenerator.AS_OF);
        List<Finding> streamed = new ArrayList<>();

        // when
        PartitionedCheck.Summary summary = PartitionedCheck.builder(engine).threads(2).maxInFlight(3).build()
                .run(g.partitions(), TerritoryGenerator.AS_OF, streamed::add);

        // then
        assertEquals(single.allFindings().stream().map(Finding::key).sorted().toList(),
                streamed.stream().map(Finding::key).sorted().toList());
        assertEquals(51, summary.partitions());
        assertEquals(single.allFindings().size(), summary.findings());
    }

    @Test
    void should_check_organizations_through_the_engine_shortcut() {
        // given
        TerritoryGenerator g = TerritoryGenerator.of(Scale.MUNICIPALITY, 21);
        List<Finding> streamed = new ArrayList<>();

        // when
        PartitionedCheck.Summary summary = ComplianceEngine.federal().checkPartitioned(
                Stream.of(0, 1, 2).map(g::organizationSnapshot), TerritoryGenerator.AS_OF, streamed::add);

        // then
        assertEquals(3, summary.partitions());
        assertEquals(streamed.size(), summary.findings());
        assertTrue(streamed.stream().allMatch(f -> List.of("o0", "o1", "o2").contains(f.organizationId())));
    }

    @Test
    void should_name_the_partition_when_one_fails() {
        // given
        TerritoryGenerator g = TerritoryGenerator.of(Scale.SCHOOL, 1);
        Stream<Partition> partitions = Stream.of(Partition.organization(g.organizationSnapshot(0)));

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PartitionedCheck
                .of(ComplianceEngine.federal()).run(partitions, TerritoryGenerator.AS_OF, f -> {
                    throw new IllegalArgumentException("sink is full");
                }));

        // then
        assertTrue(e.getMessage().startsWith("partition 0 (Partition{ORGANIZATION, 01/Муниципалитет 1, 1 organizations}) failed"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("sink is full"), e.getMessage());
    }
}
