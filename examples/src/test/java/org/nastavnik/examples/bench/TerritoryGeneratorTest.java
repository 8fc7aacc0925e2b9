package org.nastavnik.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nastavnik.json.SnapshotJson;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Partition;

class TerritoryGeneratorTest {

    private static SortedMap<String, Integer> plantedCounts(ComplianceReport report) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        TerritoryGenerator.PLANTED_RULES.forEach(r -> counts.put(r, report.findings(r).size()));
        return counts;
    }

    @Test
    void should_generate_the_same_territory_when_given_the_same_seed() {
        // when
        Snapshot first = TerritoryGenerator.of(Scale.MUNICIPALITY, 11).snapshot();
        Snapshot second = TerritoryGenerator.of(Scale.MUNICIPALITY, 11).snapshot();

        // then
        assertEquals(first, second);
    }

    @Test
    void should_generate_another_territory_when_given_another_seed() {
        // when
        Snapshot first = TerritoryGenerator.of(Scale.SCHOOL, 11).snapshot();
        Snapshot second = TerritoryGenerator.of(Scale.SCHOOL, 12).snapshot();

        // then
        assertNotEquals(first, second);
    }

    @Test
    void should_generate_fifty_organizations_with_about_fifty_pairs_and_four_meetings_each_at_municipality_scale() {
        // when
        Snapshot s = TerritoryGenerator.of(Scale.MUNICIPALITY, 3).snapshot();

        // then
        assertEquals(50, s.organizations().size());
        int pairs = s.mentorships().size();
        assertTrue(pairs >= 25 * 50 && pairs <= 75 * 50, "pairs: " + pairs);
        double meetingsPerPair = (double) s.meetings().size() / pairs;
        assertTrue(meetingsPerPair > 3 && meetingsPerPair < 5.5, "meetings per pair: " + meetingsPerPair);
        assertEquals(1, s.roadmaps().size());
    }

    @Test
    void should_give_the_engine_exactly_the_planted_findings_at_school_scale() {
        for (long seed = 1; seed <= 20; seed++) {
            // given
            TerritoryGenerator g = TerritoryGenerator.of(Scale.SCHOOL, seed);

            // when
            ComplianceReport report = ComplianceEngine.federal().check(g.snapshot(), TerritoryGenerator.AS_OF);

            // then
            assertEquals(g.expectedCounts(), plantedCounts(report), "seed " + seed);
        }
    }

    @Test
    void should_give_the_engine_exactly_the_planted_findings_at_municipality_scale() {
        // given: a seed with every planted rule firing at least once (several are rare in 50 schools)
        TerritoryGenerator g = TerritoryGenerator.of(Scale.MUNICIPALITY, 12);

        // when
        ComplianceReport report = ComplianceEngine.federal().check(g.snapshot(), TerritoryGenerator.AS_OF);

        // then
        SortedMap<String, Integer> expected = g.expectedCounts();
        assertEquals(expected, plantedCounts(report));
        assertTrue(expected.values().stream().allMatch(n -> n > 0), "every planted rule fires: " + expected);
    }

    @Test
    void should_plant_findings_of_every_planted_rule_in_a_few_percent_of_a_region() {
        // when
        SortedMap<String, Integer> expected = TerritoryGenerator.of(Scale.REGION, 42).expectedCounts();

        // then
        assertEquals(TerritoryGenerator.PLANTED_RULES, List.copyOf(expected.keySet()));
        assertTrue(expected.values().stream().allMatch(n -> n > 0), "every planted rule is planted: " + expected);
        assertTrue(expected.get("MONITORING_MISSING") < 2_500, "monitoring mostly on schedule: " + expected);
        assertTrue(expected.get("EXTRA_DUTY_CONSENT_MISSING") < 1_000, "extra-duty consents mostly given: " + expected);
        assertTrue(expected.get("ADULT_PD_CONSENT_MISSING") < 500, "adults' consents mostly given: " + expected);
    }

    @Test
    void should_give_no_findings_of_the_rules_not_planted_when_checked_with_the_whole_catalogue() {
        // given
        Snapshot s = TerritoryGenerator.of(Scale.MUNICIPALITY, 5).snapshot();

        // when
        ComplianceReport report = ComplianceEngine.federal().check(s, TerritoryGenerator.AS_OF);

        // then
        SortedMap<String, Integer> unplanned = new TreeMap<>(report.countsByRule());
        unplanned.keySet().removeAll(TerritoryGenerator.PLANTED_RULES);
        assertEquals(new TreeMap<>(), unplanned);
        assertTrue(report.findings().size() < s.mentorships().size() / 2,
                "fewer findings than half the pairs: " + report.countsByRule());
    }

    @Test
    void should_stream_one_partition_per_organization_then_one_per_municipality() {
        // when
        List<Partition> partitions = TerritoryGenerator.of(Scale.MUNICIPALITY, 5).partitions().toList();

        // then
        assertEquals(51, partitions.size());
        assertEquals(50, partitions.stream().filter(p -> p.scope() == Partition.Scope.ORGANIZATION).count());
        Partition territory = partitions.get(50);
        assertEquals(Partition.Scope.TERRITORY, territory.scope());
        assertEquals(1, territory.snapshot().roadmaps().size());
        assertEquals(0, territory.snapshot().organizations().size());
    }

    @Test
    void should_refuse_to_build_the_country_as_one_snapshot() {
        // when
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TerritoryGenerator.of(Scale.COUNTRY, 1).snapshot());

        // then
        assertEquals("the country does not fit one snapshot; stream partitions() instead", e.getMessage());
    }

    @Test
    void should_generate_an_organization_of_the_country_alone_when_asked_by_index() {
        // when
        Snapshot last = TerritoryGenerator.of(Scale.COUNTRY, 1).organizationSnapshot(39_999);

        // then
        assertEquals("o39999", last.organizations().get(0).id());
        assertEquals("80", last.territory().region().orElseThrow().code());
        assertTrue(last.mentorships().size() >= 62, "pairs: " + last.mentorships().size());
    }

    @Test
    void should_generate_exactly_the_data_it_always_generated() throws NoSuchAlgorithmException {
        // given: the JSON form of a few organizations and territory partitions of the country
        // (first, municipality borders, region borders, last) and of a municipality as one snapshot
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        TerritoryGenerator country = TerritoryGenerator.of(Scale.COUNTRY, 42);
        for (int index : new int[] {0, 1, 49, 50, 777, 12_345, 39_999}) {
            digest.update(SnapshotJson.write(country.organizationSnapshot(index)).getBytes(StandardCharsets.UTF_8));
        }
        for (int municipality : new int[] {0, 799}) {
            digest.update(SnapshotJson.write(country.territoryPartition(municipality).snapshot())
                    .getBytes(StandardCharsets.UTF_8));
        }
        digest.update(SnapshotJson.write(TerritoryGenerator.of(Scale.MUNICIPALITY, 7).snapshot())
                .getBytes(StandardCharsets.UTF_8));

        // then: the same bytes as when the base of mentees was added, so timings stay comparable
        // (a change to the data changes this digest on purpose, and docs/performance.md says so;
        // issue 16 changed only the JSON form: each roadmap now writes its "kind")
        assertEquals("51be69c2cf5373eaf10bdf983c37f4cbc14e92fda91a89eccd9705820f2b3edf",
                HexFormat.of().formatHex(digest.digest()));
    }

    @Test
    void should_name_the_scales_when_parsing_an_unknown_one() {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Scale.parse("planet"));

        // then
        assertEquals("unknown scale (planet); known: school, municipality, region, country", e.getMessage());
    }
}
