package org.nastavnik.bench;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Headcount;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.StudentsOfAge;
import org.nastavnik.monitoring.Monitoring;
import org.nastavnik.monitoring.PartitionedMonitoring;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;

/**
 * The monitoring of the synthetic country (or its first N organizations) against the country
 * check's budget: the partitioned check alone, then the check with the monitoring (partial sums on
 * the workers, indicator rules per municipality and region), alternated {@code runs} times.
 * Prints each time and the medians. The generator has no headcounts, so each organization gets
 * one made from its id (a tenth none).
 *
 * <p>Arguments: organizations (default 40000), runs (default 3), threads (default: the processors).
 */
public final class MonitoringCountryRun {

    private MonitoringCountryRun() {
    }

    /** @param args  organizations, runs, threads */
    public static void main(String[] args) {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : Scale.COUNTRY.organizations();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        TerritoryGenerator country = TerritoryGenerator.of(Scale.COUNTRY, 42);
        ComplianceEngine engine = ComplianceEngine.federal();
        PartitionedCheck check = PartitionedCheck.builder(engine).threads(threads).build();
        int municipalities = (organizations + 49) / 50;
        int partitions = organizations + municipalities;
        LocalDate asOf = TerritoryGenerator.AS_OF;
        IntFunction<Partition> partition = i -> i < organizations
                ? Partition.organization(withHeadcounts(country.organizationSnapshot(i)))
                : country.territoryPartition(i - organizations);
        long[] plain = new long[runs];
        long[] monitored = new long[runs];
        for (int r = 0; r < runs; r++) {
            AtomicLong findings = new AtomicLong();
            long t0 = System.nanoTime();
            check.run(partitions, partition, asOf, f -> findings.incrementAndGet());
            plain[r] = System.nanoTime() - t0;
            AtomicLong findings2 = new AtomicLong();
            long t1 = System.nanoTime();
            PartitionedMonitoring.Result m = PartitionedMonitoring.run(Monitoring.federal(), check, engine, partitions,
                    partition, asOf, f -> findings2.incrementAndGet());
            monitored[r] = System.nanoTime() - t1;
            System.out.printf("run %d: check %.1f s (%d findings); check + monitoring %.1f s (%d findings, "
                    + "%d organizations, %d active pairs)%n", r + 1, plain[r] / 1e9, findings.get(), monitored[r] / 1e9,
                    findings2.get(), m.indicators().territory().organizations(),
                    m.indicators().territory().count(org.nastavnik.monitoring.Measure.ACTIVE_PAIRS));
        }
        java.util.Arrays.sort(plain);
        java.util.Arrays.sort(monitored);
        System.out.printf("median of %d: check %.1f s, check + monitoring %.1f s (%.2fx), %d organizations, %d threads%n",
                runs, plain[runs / 2] / 1e9, monitored[runs / 2] / 1e9, (double) monitored[runs / 2] / plain[runs / 2],
                organizations, threads);
    }

    private static Snapshot withHeadcounts(Snapshot s) {
        return ImmutableSnapshot.copyOf(s).withOrganizations(s.organizations().stream().map(o -> {
            int h = o.id().hashCode() & 0x7fffffff;
            if (h % 10 == 0) {
                return o;
            }
            org.nastavnik.model.ImmutableHeadcount.Builder b = Headcount.builder().asOf(LocalDate.of(2022, 9, 1));
            for (int age = 7; age <= 18; age++) {
                b.addStudentsByAge(StudentsOfAge.of(age, 10 + (h >>> age) % 25));
            }
            return (Organization) Organization.builder().from(o)
                    .headcount(b.teachers(200 + h % 30).youngSpecialists(120 + h % 20).build()).build();
        }).toList());
    }
}
