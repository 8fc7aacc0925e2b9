package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;

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
        assertEquals(single.allFindings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new,
                Collectors.summingInt(f -> 1))), summary.countsByRule());
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
    @Test
    void should_find_what_a_single_check_finds_when_the_workers_make_the_partitions() {
        // given
        TerritoryGenerator g = TerritoryGenerator.of(Scale.MUNICIPALITY, 21);
        ComplianceEngine engine = ComplianceEngine.federal();
        ComplianceReport single = engine.check(g.snapshot(), TerritoryGenerator.AS_OF);
        List<Partition> partitions = g.partitions().toList();
        List<Finding> streamed = new ArrayList<>();
        ConcurrentLinkedQueue<Integer> made = new ConcurrentLinkedQueue<>();
        Set<String> makers = ConcurrentHashMap.newKeySet();

        // when
        PartitionedCheck.Summary summary = PartitionedCheck.builder(engine).threads(2).build()
                .run(partitions.size(), i -> {
                    made.add(i);
                    makers.add(Thread.currentThread().getName());
                    return partitions.get(i);
                }, TerritoryGenerator.AS_OF, streamed::add);

        // then: every partition made once, by the workers, and the same findings
        assertEquals(51, summary.partitions());
        assertEquals(51, made.size());
        assertEquals(51, Set.copyOf(made).size());
        assertTrue(makers.stream().allMatch(name -> name.startsWith("nastavnik-partition-")), makers.toString());
        assertEquals(single.allFindings().stream().map(Finding::key).sorted().toList(),
                streamed.stream().map(Finding::key).sorted().toList());
        assertEquals(single.allFindings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new,
                Collectors.summingInt(f -> 1))), summary.countsByRule());
    }

    @Test
    void should_name_the_index_of_a_partition_that_fails_to_be_made_and_make_no_more() {
        // given
        TerritoryGenerator g = TerritoryGenerator.of(Scale.MUNICIPALITY, 21);
        ConcurrentLinkedQueue<Integer> made = new ConcurrentLinkedQueue<>();

        // when
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PartitionedCheck
                .builder(ComplianceEngine.federal()).threads(1).build().run(50, i -> {
                    made.add(i);
                    if (i == 3) {
                        throw new IllegalArgumentException("no such school");
                    }
                    return Partition.organization(g.organizationSnapshot(i));
                }, TerritoryGenerator.AS_OF, f -> { }));

        // then
        assertEquals("partition 3 failed to be made: java.lang.IllegalArgumentException: no such school",
                e.getMessage());
        assertEquals(List.of(0, 1, 2, 3), List.copyOf(made));
    }

    @Test
    void should_check_nothing_when_there_are_no_partitions_and_refuse_a_negative_count() {
        // given
        PartitionedCheck check = PartitionedCheck.of(ComplianceEngine.federal());

        // when
        PartitionedCheck.Summary summary = check.run(0, i -> {
            throw new AssertionError("no partition to make");
        }, TerritoryGenerator.AS_OF, f -> { });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> check.run(-1, i -> null, TerritoryGenerator.AS_OF, f -> { }));

        // then
        assertEquals(0, summary.partitions());
        assertEquals(0, summary.findings());
        assertEquals("partitions (-1) must not be negative", e.getMessage());
    }
}
