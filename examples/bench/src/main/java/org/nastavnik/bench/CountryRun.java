package org.nastavnik.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.nastavnik.examples.bench.Scale;
import org.nastavnik.examples.bench.TerritoryGenerator;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;

/**
 * The synthetic country (or its first N organizations) checked in partitions on every core,
 * findings streamed to a counter. Prints the time, the findings by rule and the peak heap.
 * Arguments: the organizations (default 40000), the threads (default: the processors).
 */
public final class CountryRun {

    private CountryRun() {
    }

    /** @param args  organizations and threads */
    public static void main(String[] args) {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : Scale.COUNTRY.organizations();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        TerritoryGenerator country = TerritoryGenerator.of(Scale.COUNTRY, 42);
        ComplianceEngine engine = ComplianceEngine.federal();
        AtomicLong pairs = new AtomicLong();
        AtomicLong meetings = new AtomicLong();
        AtomicLong generating = new AtomicLong();
        AtomicLong streamed = new AtomicLong();
        int municipalities = (organizations + 49) / 50;
        java.util.stream.Stream<Partition> partitions = java.util.stream.Stream.concat(
                java.util.stream.IntStream.range(0, organizations).mapToObj(i -> {
                    long t = System.nanoTime();
                    var s = country.organizationSnapshot(i);
                    generating.addAndGet(System.nanoTime() - t);
                    pairs.addAndGet(s.mentorships().size());
                    meetings.addAndGet(s.meetings().size());
                    return Partition.organization(s);
                }),
                java.util.stream.IntStream.range(0, municipalities).mapToObj(country::territoryPartition));
        PartitionedCheck check = PartitionedCheck.builder(engine).threads(threads).build();
        PartitionedCheck.Summary summary = check.run(partitions, TerritoryGenerator.AS_OF, f -> streamed.incrementAndGet());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("country organizations=%d mentorships=%d meetings=%d partitions=%d threads=%d%n", organizations,
                pairs.get(), meetings.get(), summary.partitions(), threads);
        System.out.printf("country elapsed=%d ms (generating on the reading thread %d ms) findings=%d peakHeap=%.0f MB maxHeap=%.0f MB%n",
                summary.elapsed().toMillis(), Duration.ofNanos(generating.get()).toMillis(), summary.findings(),
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.println("country byRule=" + summary.countsByRule());
    }
}
