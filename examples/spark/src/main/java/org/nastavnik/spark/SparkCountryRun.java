package org.nastavnik.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;

/**
 * The synthetic country (or its first N organizations) checked as a Spark job; prints the time
 * of each run, the median, and the findings by rule. With {@code compare}, also checks the same
 * territory with {@link PartitionedCheck} on this JVM's cores, alternating with the Spark runs,
 * each finding made into the same row as the job makes (so both render every text), and fails
 * if the findings by rule differ.
 *
 * <p>Arguments: the organizations (default 1000), the master (default {@code local[*]}; a
 * cluster's URL, or leave it to {@code spark-submit} with {@code -}), the runs (default 3), the
 * Spark partitions (default 4 per core) and {@code compare}.
 */
public final class SparkCountryRun {

    private static final long SEED = 42;

    private SparkCountryRun() {
    }

    /** @param args  organizations, master, runs, slices, {@code compare} */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SparkCountryRun: " + e.getMessage());
            System.err.println("arguments: [organizations (1000)] [master (local[*]), - for spark-submit's] [runs (3)]"
                    + " [Spark partitions (4 per core)] [compare]");
            System.exit(2);
        }
    }

    private static void run(String[] args) {
        int organizations = args.length > 0 ? positive("organizations", args[0]) : 1000;
        String master = args.length > 1 ? args[1] : "local[*]";
        int runs = args.length > 2 ? positive("runs", args[2]) : 3;
        int cores = Runtime.getRuntime().availableProcessors();
        int slices = args.length > 3 ? positive("slices", args[3]) : 4 * cores;
        boolean compare = args.length > 4 && args[4].equals("compare");
        if (args.length > 4 && !compare) {
            throw new IllegalArgumentException("the fifth argument (" + args[4] + ") must be compare or absent");
        }
        if (organizations > Scale.COUNTRY.organizations()) {
            throw new IllegalArgumentException("organizations (" + organizations + ") must be at most "
                    + Scale.COUNTRY.organizations());
        }
        SparkSession.Builder builder = SparkSession.builder().appName("nastavnik-country-check")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(Math.max(1, slices / 4)));
        if (!master.equals("-")) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        int municipalities = (organizations + 49) / 50;
        System.out.printf("spark %s master=%s organizations=%d municipalities=%d slices=%d runs=%d cores=%d%n",
                spark.version(), spark.sparkContext().master(), organizations, municipalities, slices, runs, cores);
        List<Long> sparkMs = new ArrayList<>();
        List<Long> partitionedMs = new ArrayList<>();
        SortedMap<String, Long> sparkCounts = null;
        SortedMap<String, Integer> partitionedCounts = null;
        try {
            for (int run = 1; run <= runs; run++) {
                long t = System.nanoTime();
                SortedMap<String, Long> counts = new TreeMap<>();
                for (Row r : SparkCheck.findings(SparkCheck.generated(spark, Scale.COUNTRY, SEED, organizations, slices),
                        TerritoryGenerator.AS_OF).groupBy("ruleId").count().collectAsList()) {
                    counts.put(r.getString(0), r.getLong(1));
                }
                long ms = (System.nanoTime() - t) / 1_000_000;
                sparkMs.add(ms);
                sparkCounts = counts;
                System.out.printf("run %d spark elapsed=%d ms findings=%d%n", run, ms,
                        counts.values().stream().mapToLong(Long::longValue).sum());
                if (compare) {
                    TerritoryGenerator country = TerritoryGenerator.of(Scale.COUNTRY, SEED);
                    // the same output as the job's: each finding made into its row (texts rendered in both languages)
                    LongAdder rows = new LongAdder();
                    PartitionedCheck.Summary s = PartitionedCheck.of(Engines.engine()).run(organizations + municipalities,
                            i -> i < organizations ? Partition.organization(country.organizationSnapshot(i))
                                    : country.territoryPartition(i - organizations),
                            TerritoryGenerator.AS_OF, f -> rows.add(FindingRows.of(f).size()));
                    partitionedMs.add(s.elapsed().toMillis());
                    partitionedCounts = s.countsByRule();
                    System.out.printf("run %d partitionedCheck elapsed=%d ms findings=%d threads=%d%n", run,
                            s.elapsed().toMillis(), s.findings(), cores);
                }
            }
        } finally {
            spark.stop();
        }
        System.out.printf("spark median=%d ms of %s%n", median(sparkMs), sparkMs);
        System.out.println("spark byRule=" + sparkCounts);
        if (compare) {
            System.out.printf("partitionedCheck median=%d ms of %s; spark/partitionedCheck=%.2f%n",
                    median(partitionedMs), partitionedMs, (double) median(sparkMs) / median(partitionedMs));
            SortedMap<String, Long> expected = new TreeMap<>();
            partitionedCounts.forEach((rule, n) -> expected.put(rule, n.longValue()));
            if (!expected.equals(sparkCounts)) {
                System.out.println("DIFFERENT findings by rule: partitionedCheck=" + expected);
                System.exit(1);
            }
            System.out.println("same findings by rule as PartitionedCheck");
        }
    }

    private static int positive(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(name + " (" + value + ") must be a whole number, 1 or more");
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
