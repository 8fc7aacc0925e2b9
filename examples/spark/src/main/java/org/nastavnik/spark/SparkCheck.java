package org.nastavnik.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;

/**
 * The check of a territory too large for one machine as a Spark job, finding for finding the
 * same as {@link PartitionedCheck} on the same partitions.
 *
 * <p><b>Input</b>: a dataset of partitions in {@link #PARTITIONS}, one row per
 * {@link Partition}: its scope ({@code ORGANIZATION} or {@code TERRITORY}) and either its
 * snapshot as the project's JSON ({@link JsonDocument#SNAPSHOT}) or a generator's scale, seed
 * and index, from which the executor builds it ({@link #generated}).
 *
 * <p><b>Stage 1</b>, organizations: each Spark partition's rows are checked one by one with
 * every rule by this executor's engine, built once per executor JVM and never serialised.
 * <b>Stage 2</b>, territories: the records that span organizations (territory roadmaps and
 * their completions, target indicators and measured values, territory reports) are keyed by
 * their territory (region and municipality), shuffled so that one task has all of a territory's
 * parts, merged into one snapshot and checked with the territory rules only
 * ({@link PartitionedCheck#territoryRules()}), so the organizations they refer to are not
 * reported twice. A mentor from a partner organization is carried in the partition of the
 * organization where the pair is, as {@link Partition.Scope#ORGANIZATION} defines.
 *
 * <p><b>Output</b>: one row per finding (current and upcoming) in {@link #FINDINGS}: the fields
 * of a finding in the report's JSON, so {@code findings.toJSON()} writes what the report writes.
 *
 * <pre>{@code
 * Dataset<Row> findings = SparkCheck.findings(SparkCheck.generated(spark, Scale.COUNTRY, 42, 40_000, 64),
 *         TerritoryGenerator.AS_OF);
 * findings.groupBy("ruleId").count().show();
 * }</pre>
 */
public final class SparkCheck {

    /** The schema of the partitions a job checks: scope, and a snapshot's JSON or a generator's scale, seed and index. */
    public static final StructType PARTITIONS = new StructType(new StructField[] {
        DataTypes.createStructField("scope", DataTypes.StringType, false),
        DataTypes.createStructField("snapshot", DataTypes.StringType, true),
        DataTypes.createStructField("scale", DataTypes.StringType, true),
        DataTypes.createStructField("seed", DataTypes.LongType, true),
        DataTypes.createStructField("index", DataTypes.IntegerType, true)});

    /** The schema of the findings: the fields of a finding in the report's JSON, in its order. */
    public static final StructType FINDINGS = FindingRows.SCHEMA;

    private static final StructType KEYED = new StructType(new StructField[] {
        DataTypes.createStructField("territory", DataTypes.StringType, false),
        DataTypes.createStructField("snapshot", DataTypes.StringType, false)});

    private SparkCheck() {
    }

    /**
     * The partitions of a generated territory: the first {@code organizations} organizations of
     * a {@link TerritoryGenerator}, then one territory partition per municipality they fall in,
     * as {@link TerritoryGenerator#partitions()} lists them. Only the scale, seed and index travel;
     * each executor generates its partitions.
     *
     * @param spark  the session, not null
     * @param scale  the generator's scale, not null
     * @param seed  the generator's seed
     * @param organizations  how many organizations, 1 to {@code scale.organizations()}
     * @param slices  the Spark partitions to spread them over, 1 or more
     * @return the partitions in {@link #PARTITIONS}
     * @throws IllegalArgumentException if {@code organizations} or {@code slices} is out of range
     */
    public static Dataset<Row> generated(SparkSession spark, Scale scale, long seed, int organizations, int slices) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(scale, "scale");
        if (organizations < 1 || organizations > scale.organizations()) {
            throw new IllegalArgumentException("organizations (" + organizations + ") must be from 1 to "
                    + scale.organizations() + " at " + scale + " scale");
        }
        if (slices < 1) {
            throw new IllegalArgumentException("slices (" + slices + ") must be 1 or more");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < organizations; i++) {
            rows.add(RowFactory.create(Partition.Scope.ORGANIZATION.name(), null, scale.name(), seed, i));
        }
        int municipalities = scale == Scale.SCHOOL ? 0 : (organizations + 49) / 50;
        for (int m = 0; m < municipalities; m++) {
            rows.add(RowFactory.create(Partition.Scope.TERRITORY.name(), null, scale.name(), seed, m));
        }
        return spark.createDataFrame(rows, PARTITIONS).repartition(slices);
    }

    /**
     * Partitions given as snapshots, written as the project's JSON on the driver. For data that
     * is already JSON on shared storage, read it into {@link #PARTITIONS} directly.
     *
     * @param spark  the session, not null
     * @param partitions  the partitions, not null
     * @param slices  the Spark partitions to spread them over, 1 or more
     * @return the partitions in {@link #PARTITIONS}
     */
    public static Dataset<Row> ofSnapshots(SparkSession spark, List<Partition> partitions, int slices) {
        Objects.requireNonNull(spark, "spark");
        if (slices < 1) {
            throw new IllegalArgumentException("slices (" + slices + ") must be 1 or more");
        }
        List<Row> rows = new ArrayList<>(partitions.size());
        for (Partition p : partitions) {
            rows.add(RowFactory.create(p.scope().name(), JsonDocument.SNAPSHOT.write(p.snapshot()), null, null, null));
        }
        return spark.createDataFrame(rows, PARTITIONS).repartition(slices);
    }

    /**
     * Checks every partition: organizations in stage 1, territories in stage 2 keyed by
     * territory. Lazy, as every Spark transformation: nothing runs until an action.
     *
     * @param partitions  the partitions in {@link #PARTITIONS}, not null
     * @param asOf  the day to check as of, not null
     * @return the findings, current and upcoming, one row each, in {@link #FINDINGS}
     * @throws IllegalArgumentException if the partitions' schema lacks a column of {@link #PARTITIONS}
     */
    public static Dataset<Row> findings(Dataset<Row> partitions, LocalDate asOf) {
        Objects.requireNonNull(partitions, "partitions");
        Objects.requireNonNull(asOf, "asOf");
        List<String> missing = new ArrayList<>();
        for (String column : PARTITIONS.fieldNames()) {
            if (!List.of(partitions.columns()).contains(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("partitions lack the columns " + missing + "; expected "
                    + List.of(PARTITIONS.fieldNames()));
        }
        Dataset<Row> organizations = partitions.filter(
                partitions.col("scope").equalTo(Partition.Scope.ORGANIZATION.name()));
        Dataset<Row> territories = partitions.filter(
                partitions.col("scope").equalTo(Partition.Scope.TERRITORY.name()));
        Dataset<Row> stage1 = organizations.flatMap(new CheckOrganization(asOf), Encoders.row(FINDINGS));
        Dataset<Row> stage2 = territories.map(new KeyByTerritory(), Encoders.row(KEYED))
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(new CheckTerritory(asOf), Encoders.row(FINDINGS));
        return stage1.union(stage2);
    }

    /** Builds the partition of a row on the executor. */
    static Partition partition(Row row) {
        String scope = row.getString(row.fieldIndex("scope"));
        Partition.Scope s;
        try {
            s = Partition.Scope.valueOf(scope);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("partition scope (" + scope + ") must be ORGANIZATION or TERRITORY", e);
        }
        int json = row.fieldIndex("snapshot");
        if (!row.isNullAt(json)) {
            Snapshot snapshot = JsonDocument.SNAPSHOT.read(row.getString(json));
            return s == Partition.Scope.ORGANIZATION ? Partition.organization(snapshot) : Partition.territory(snapshot);
        }
        int scale = row.fieldIndex("scale");
        int seed = row.fieldIndex("seed");
        int index = row.fieldIndex("index");
        if (row.isNullAt(scale) || row.isNullAt(seed) || row.isNullAt(index)) {
            throw new IllegalArgumentException("partition row (" + row + ") has neither a snapshot nor a scale, seed "
                    + "and index to generate one");
        }
        TerritoryGenerator g = TerritoryGenerator.of(Scale.parse(row.getString(scale)), row.getLong(seed));
        return s == Partition.Scope.ORGANIZATION ? Partition.organization(g.organizationSnapshot(row.getInt(index)))
                : g.territoryPartition(row.getInt(index));
    }

    /** @return a territory's key: its region code, and its municipality if it has one */
    static String key(Territory t) {
        return t.region() + t.municipality().map(m -> "/" + m).orElse("");
    }

    /** Stage 1: each organization partition checked with every rule by the executor's engine. */
    static final class CheckOrganization implements FlatMapFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate asOf;

        CheckOrganization(LocalDate asOf) {
            this.asOf = asOf;
        }

        @Override
        public Iterator<Row> call(Row row) {
            Partition p = partition(row);
            if (p.scope() != Partition.Scope.ORGANIZATION) {
                return Collections.emptyIterator();
            }
            List<Finding> found = Engines.engine().check(p.snapshot(), asOf, CheckOptions.defaults()).allFindings();
            List<Row> rows = new ArrayList<>(found.size());
            found.forEach(f -> rows.add(FindingRows.of(f)));
            return rows.iterator();
        }
    }

    /** Stage 2, map side: a territory partition as its territory's key and its snapshot's JSON. */
    static final class KeyByTerritory implements MapFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public Row call(Row row) {
            Partition p = partition(row);
            String json = row.isNullAt(row.fieldIndex("snapshot")) ? JsonDocument.SNAPSHOT.write(p.snapshot())
                    : row.getString(row.fieldIndex("snapshot"));
            return RowFactory.create(key(p.snapshot().territory()), json);
        }
    }

    /** Stage 2, reduce side: a territory's parts merged into one snapshot, checked with the territory rules. */
    static final class CheckTerritory implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        private final LocalDate asOf;

        CheckTerritory(LocalDate asOf) {
            this.asOf = asOf;
        }

        @Override
        public Iterator<Row> call(String territory, Iterator<Row> parts) {
            Snapshot merged = null;
            ImmutableSnapshot.Builder b = null;
            while (parts.hasNext()) {
                Snapshot s = JsonDocument.SNAPSHOT.read(parts.next().getString(1));
                if (merged == null && b == null) {
                    merged = s;
                } else {
                    if (b == null) {
                        b = Snapshot.builder().from(merged);
                    }
                    b.from(s);
                }
            }
            if (b != null) {
                merged = b.build();
            }
            if (merged == null || Engines.territoryRules().isEmpty()) {
                return Collections.emptyIterator();
            }
            List<Finding> found = Engines.engine().check(merged, asOf,
                    CheckOptions.defaults().withOnlyRules(Engines.territoryRules())).allFindings();
            List<Row> rows = new ArrayList<>(found.size());
            found.forEach(f -> rows.add(FindingRows.of(f)));
            return rows.iterator();
        }
    }
}
