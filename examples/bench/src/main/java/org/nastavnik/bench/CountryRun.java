package org.nastavnik.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Partition;
import org.nastavnik.rules.PartitionedCheck;

/**
 * The synthetic country (or its first N organizations) checked in partitions on every core,
 * findings streamed to a counter. Prints the time, where the CPU went, the findings by rule and
 * the peak heap.
 *
 * <p>Arguments: the organizations (default 40000), the threads (default: the processors), and
 * where the partitions are generated: {@code workers} (default: each worker generates the
 * partitions it checks) or {@code reader} (one reading thread generates them all and hands them
 * to the workers, competing with them for the cores). The elapsed time includes generating.
 */
public final class CountryRun {

    private CountryRun() {
    }

    /** @param args  organizations, threads, and {@code workers} or {@code reader} */
    public static void main(String[] args) {
        int organizations = args.length > 0 ? Integer.parseInt(args[0]) : Scale.COUNTRY.organizations();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        boolean onWorkers = args.length <= 2 || args[2].equals("workers");
        if (args.length > 2 && !onWorkers && !args[2].equals("reader")) {
            throw new IllegalArgumentException("where to generate (" + args[2] + ") must be workers or reader");
        }
        TerritoryGenerator country = TerritoryGenerator.of(Scale.COUNTRY, 42);
        ComplianceEngine engine = ComplianceEngine.federal();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        AtomicLong pairs = new AtomicLong();
        AtomicLong meetings = new AtomicLong();
        AtomicLong generatingCpu = new AtomicLong();
        AtomicLong streamed = new AtomicLong();
        int municipalities = (organizations + 49) / 50;
        int partitions = organizations + municipalities;
        IntFunction<Partition> partition = i -> {
            long t = cpu.getCurrentThreadCpuTime();
            Partition p;
            if (i < organizations) {
                Snapshot s = country.organizationSnapshot(i);
                pairs.addAndGet(s.mentorships().size());
                meetings.addAndGet(s.meetings().size());
                p = Partition.organization(s);
            } else {
                p = country.territoryPartition(i - organizations);
            }
            generatingCpu.addAndGet(cpu.getCurrentThreadCpuTime() - t);
            return p;
        };
        PartitionedCheck check = PartitionedCheck.builder(engine).threads(threads).build();
        long processBefore = processCpuNanos();
        long mainBefore = cpu.getCurrentThreadCpuTime();
        long gcBefore = gcMillis();
        Map<String, Long> jvmBefore = jvmThreadsCpuMillis();
        PartitionedCheck.Summary summary = onWorkers
                ? check.run(partitions, partition, TerritoryGenerator.AS_OF, f -> streamed.incrementAndGet())
                : check.run(IntStream.range(0, partitions).mapToObj(partition), TerritoryGenerator.AS_OF,
                        f -> streamed.incrementAndGet());
        long processCpu = processCpuNanos() - processBefore;
        long mainCpu = (cpu.getCurrentThreadCpuTime() - mainBefore) / 1_000_000;
        long gc = gcMillis() - gcBefore;
        Map<String, Long> jvm = jvmThreadsCpuMillis();
        jvmBefore.forEach((group, ms) -> jvm.merge(group, -ms, Long::sum));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long elapsed = summary.elapsed().toMillis();
        long generating = generatingCpu.get() / 1_000_000;
        System.out.printf("country organizations=%d mentorships=%d meetings=%d partitions=%d threads=%d generated on %s%n",
                organizations, pairs.get(), meetings.get(), summary.partitions(), threads,
                onWorkers ? "the workers" : "the reading thread");
        System.out.printf("country elapsed=%d ms findings=%d peakHeap=%.0f MB maxHeap=%.0f MB%n", elapsed,
                summary.findings(), peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        long process = processCpu / 1_000_000;
        long jitCpu = jvm.getOrDefault("jit", 0L);
        long gcCpu = jvm.getOrDefault("gc", 0L);
        long otherCpu = jvm.getOrDefault("other", 0L);
        // the workers have ended, so what is theirs is what the live threads did not use
        long workers = process - mainCpu - jitCpu - gcCpu - otherCpu;
        long checking = onWorkers ? workers - generating : workers;
        System.out.printf("country cpu process=%d ms (%.2f cores busy of %d) = generating %d ms (%s) + checking and "
                + "streaming %d ms + JIT %d ms + GC %d ms (pauses %d ms) + reading thread otherwise %d ms + other %d ms%n",
                process, (double) process / Math.max(1, elapsed), Runtime.getRuntime().availableProcessors(),
                generating, percent(generating, process), checking, jitCpu, gcCpu, gc,
                onWorkers ? mainCpu : mainCpu - generating, otherCpu);
        System.out.printf("country cpu%% generating=%s checking=%s jit=%s gc=%s other=%s%n", percent(generating, process),
                percent(checking, process), percent(jitCpu, process), percent(gcCpu, process),
                percent(process - generating - checking - jitCpu - gcCpu, process));
        System.out.println("country byRule=" + summary.countsByRule());
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static String percent(long part, long whole) {
        return String.format("%.0f %%", 100.0 * part / Math.max(1, whole));
    }

    /**
     * The CPU time of the JVM's own live threads (JIT compilers, GC workers, the rest but the
     * main thread and the partition workers), from {@code /proc} where there is one.
     */
    private static Map<String, Long> jvmThreadsCpuMillis() {
        Map<String, Long> byGroup = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return byGroup;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) threads::iterator) {
                String stat;
                try {
                    stat = Files.readString(t.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended
                }
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                String group = name.contains("Compiler") ? "jit" : name.startsWith("GC Thread") ? "gc"
                        : name.equals("java") || name.startsWith("nastavnik-part") ? "workers or main" : "other";
                byGroup.merge(group, ticks * 10, Long::sum); // 100 ticks a second
            }
        } catch (IOException e) {
            return byGroup;
        }
        return byGroup;
    }
}
