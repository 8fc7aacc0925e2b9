package org.nastavnik.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.IndicatorValue;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.TargetIndicator;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;
import org.nastavnik.rules.json.ReportJson;

/**
 * The Spark job against the reference, {@link PartitionedCheck}, on a generated municipality:
 * the same findings, key by key, field by field as the report's JSON writes them.
 */
class SparkCheckTest {

    private static final long SEED = 23;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static SparkSession spark;
    private static TerritoryGenerator municipality;
    private static List<Finding> reference;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().appName("nastavnik-spark-test").master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .getOrCreate();
        municipality = TerritoryGenerator.of(Scale.MUNICIPALITY, SEED);
        reference = new ArrayList<>();
        PartitionedCheck.of(Engines.engine()).run(municipality.partitions(), TerritoryGenerator.AS_OF, reference::add);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void generatedOnTheExecutorsGivesTheReferenceFindingsKeyByKey() {
        Dataset<Row> findings = SparkCheck.findings(
                SparkCheck.generated(spark, Scale.MUNICIPALITY, SEED, Scale.MUNICIPALITY.organizations(), 4),
                TerritoryGenerator.AS_OF);
        assertSameKeys(reference, keys(findings));
        assertTrue(reference.size() > 100, "a municipality has findings to compare: " + reference.size());
        assertTrue(reference.stream().anyMatch(f -> f.ruleId().startsWith("ROADMAP_")),
                "the municipality has territory findings, so stage 2 is tested");
        assertEquals(1, Engines.builds(), "the engine is built once in this JVM, however many tasks ran");
    }

    @Test
    void snapshotsAsJsonGiveTheReferenceFindingsFieldByField() throws Exception {
        List<Partition> partitions = municipality.partitions().collect(Collectors.toList());
        Dataset<Row> findings = SparkCheck.findings(SparkCheck.ofSnapshots(spark, partitions, 3),
                TerritoryGenerator.AS_OF);
        assertEquals(List.of(SparkCheck.FINDINGS.fieldNames()), List.of(findings.columns()));
        Map<String, JsonNode> spark = new HashMap<>();
        for (String row : findings.toJSON().collectAsList()) {
            JsonNode n = JSON.readTree(row);
            if (spark.put(n.get("key").asText(), n) != null) {
                fail("Spark gave the finding " + n.get("key").asText() + " twice");
            }
        }
        ComplianceReport.Builder report = ComplianceReport.builder().asOf(TerritoryGenerator.AS_OF)
                .ruleSetVersion("test").horizonDays(0).rulesEvaluated(List.of());
        reference.forEach(report::finding);
        JsonNode written = JSON.readTree(ReportJson.write(report.build())).get("findings");
        assertSameKeys(reference, new ArrayList<>(spark.keySet()));
        for (JsonNode expected : written) {
            JsonNode actual = spark.get(expected.get("key").asText());
            assertEquals(expected, actual, "the finding " + expected.get("key").asText()
                    + " as Spark writes it differs from the report's JSON");
            assertEquals(fieldNames(expected), fieldNames(actual), "fields and their order");
        }
    }

    @Test
    void aTerritoryGivenInPartsIsMergedAndCheckedAsOne() {
        Partition roadmap = municipality.territoryPartition(0);
        Snapshot r = roadmap.snapshot();
        Snapshot indicators = Snapshot.builder().asOf(r.asOf()).territory(r.territory())
                .addTargetIndicators(TargetIndicator.builder().indicator(IndicatorKind.STUDENT_MENTEES).year(2022)
                        .targetPercent(new BigDecimal("70")).build())
                .addIndicatorValues(IndicatorValue.builder().indicator(IndicatorKind.STUDENT_MENTEES).year(2022)
                        .involved(30).total(100).build())
                .build();
        Snapshot whole = Snapshot.builder().from(r).addAllTargetIndicators(indicators.targetIndicators())
                .addAllIndicatorValues(indicators.indicatorValues()).build();
        List<Finding> expected = new ArrayList<>();
        PartitionedCheck.of(Engines.engine()).run(Stream.of(Partition.territory(whole)), TerritoryGenerator.AS_OF,
                expected::add);
        assertTrue(expected.stream().anyMatch(f -> f.ruleId().equals("TARGET_INDICATOR_BELOW")),
                "the indicator part gives a finding only with the roadmap's territory: " + expected);
        assertTrue(expected.stream().anyMatch(f -> f.ruleId().startsWith("ROADMAP_")), "and the roadmap part its own");
        Dataset<Row> findings = SparkCheck.findings(SparkCheck.ofSnapshots(spark,
                List.of(roadmap, Partition.territory(indicators)), 2), TerritoryGenerator.AS_OF);
        assertSameKeys(expected, keys(findings));
    }

    @Test
    void partitionsWithoutTheColumnsAreRefusedNamingThem() {
        Dataset<Row> wrong = spark.range(3).toDF("index");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SparkCheck.findings(wrong, TerritoryGenerator.AS_OF));
        assertTrue(e.getMessage().contains("[scope, snapshot, scale, seed]"), e.getMessage());
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> names = new ArrayList<>();
        n.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Compares the keys as sorted sets (and their counts, so a duplicate shows), with the difference named. */
    private static void assertSameKeys(List<Finding> expected, List<String> actual) {
        SortedSet<String> want = expected.stream().map(Finding::key).collect(Collectors.toCollection(TreeSet::new));
        SortedSet<String> got = new TreeSet<>(actual);
        SortedSet<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        SortedSet<String> extra = new TreeSet<>(got);
        extra.removeAll(want);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            fail("Spark's findings differ from PartitionedCheck's (" + want.size() + " keys):\n  only in "
                    + "PartitionedCheck (" + missing.size() + "):\n    " + String.join("\n    ", missing)
                    + "\n  only in Spark (" + extra.size() + "):\n    " + String.join("\n    ", extra));
        }
        assertEquals(expected.size(), actual.size(), "findings in all (a key given twice?)");
    }

    private static List<String> keys(Dataset<Row> findings) {
        return findings.select("key").as(Encoders.STRING()).collectAsList();
    }
}
