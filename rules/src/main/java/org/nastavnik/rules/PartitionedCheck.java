package org.nastavnik.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a territory too large for one session (a whole region or the country) partition by
 * partition: partitions are read lazily from a stream, checked in parallel on a bounded pool,
 * and their findings streamed to a consumer; at most a bounded number of partitions is in
 * memory at once, so memory does not grow with the territory.
 *
 * <p><b>Where rules run.</b> A rule sees one partition at a time, so a rule that compares
 * records of two organizations must find them in one partition:
 * <ul>
 *   <li>{@link Partition.Scope#ORGANIZATION} partitions hold one organization's records (and
 *   the people and partner organizations its pairs refer to) and are checked with every rule.
 *   Every federal rule about an organization, a pair, a person or a meeting runs there.</li>
 *   <li>{@link Partition.Scope#TERRITORY} partitions (one per municipality, and one for the
 *   region) hold the records that span organizations: territory roadmaps and their
 *   completions, target indicators and measured values, territory reports; they are checked
 *   with the {@linkplain Builder#territoryRules(Set) territory rules} only (by default the
 *   {@code ROADMAP_*} rules and {@link #DEFAULT_TERRITORY_RULES}), so the organizations they refer to are not
 *   reported twice. Aggregates (such as the share of students in mentoring) are supplied as
 *   measured values, not computed across partitions.</li>
 * </ul>
 * Findings come out in no particular order across partitions (each partition's in report
 * order); the same territory checked as one snapshot gives the same set of findings.
 *
 * <pre>{@code
 * PartitionedCheck.Summary summary = PartitionedCheck.of(engine)
 *         .run(partitions, LocalDate.of(2022, 10, 1), finding -> out.write(finding));
 * }</pre>
 *
 * <p>Where making a partition costs time of its own (reading or generating it), the
 * {@linkplain #run(int, IntFunction, LocalDate, Consumer) indexed form} has each worker make the
 * partitions it checks, so that no reading thread competes with the workers for the cores.
 *
 * <p>Immutable and thread-safe; each {@link #run} has its own pool.
 */
public final class PartitionedCheck {

    /**
     * The federal rules that run on territory partitions besides every rule whose id starts
     * with {@code ROADMAP_}: territory reports, target indicators and supplied values that disagree with computed ones. Those an engine lacks are
     * ignored.
     */
    public static final Set<String> DEFAULT_TERRITORY_RULES = Set.of("PERIODIC_REPORT_MISSING",
            "TARGET_INDICATOR_BELOW", "INDICATOR_VALUE_MISMATCH");

    private final ComplianceEngine engine;
    private final int threads;
    private final int maxInFlight;
    private final Set<String> territoryRules;

    private PartitionedCheck(Builder b) {
        this.engine = b.engine;
        this.threads = b.threads;
        this.maxInFlight = b.maxInFlight;
        Set<String> known = engine.rules().stream().map(RuleDescriptor::id).collect(Collectors.toSet());
        Set<String> kept = new TreeSet<>(b.territoryRules);
        if (b.territoryRules == DEFAULT_TERRITORY_RULES) {
            known.stream().filter(id -> id.startsWith("ROADMAP_")).forEach(kept::add);
        }
        kept.retainAll(known);
        this.territoryRules = Collections.unmodifiableSet(kept);
    }

    /**
     * @param engine  the engine, not null
     * @return a check on every core, with the default territory rules
     */
    public static PartitionedCheck of(ComplianceEngine engine) {
        return builder(engine).build();
    }

    /**
     * @param engine  the engine, not null
     * @return a builder to set threads, partitions in flight and territory rules
     */
    public static Builder builder(ComplianceEngine engine) {
        return new Builder(Objects.requireNonNull(engine, "engine"));
    }

    /** @return the worker threads */
    public int threads() {
        return threads;
    }

    /** @return the most partitions read but not yet checked */
    public int maxInFlight() {
        return maxInFlight;
    }

    /** @return the rules territory partitions are checked with, among the engine's */
    public Set<String> territoryRules() {
        return territoryRules;
    }

    /**
     * Checks every partition and streams the findings. Returns when all are checked.
     *
     * @param partitions  the partitions, read lazily on the calling thread, not null
     * @param asOf  the day to check as of, not null
     * @param sink  receives each finding (current and upcoming), called by one thread at a
     *     time, not null; an exception it throws fails the run
     * @return counts of partitions, findings by rule, and the time taken
     * @throws IllegalStateException if a partition fails to check (the first failure, with the
     *     partition's index in the stream) or the calling thread is interrupted
     */
    public Summary run(Stream<Partition> partitions, LocalDate asOf, Consumer<Finding> sink) {
        Objects.requireNonNull(partitions, "partitions");
        Run run = new Run(asOf, sink);
        Semaphore slots = new Semaphore(maxInFlight);
        ExecutorService pool = Executors.newFixedThreadPool(threads, run.factory);
        int index = 0;
        try {
            Iterator<Partition> it = partitions.iterator();
            while (it.hasNext() && run.failure.get() == null) {
                slots.acquire();
                Partition p = Objects.requireNonNull(it.next(), "partition");
                int at = index++;
                pool.execute(() -> {
                    try {
                        run.check(at, p);
                    } finally {
                        slots.release();
                    }
                });
            }
            slots.acquire(maxInFlight);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted after " + index + " partitions", e);
        } finally {
            stop(pool);
        }
        return run.summary();
    }

    /**
     * Checks partitions that the workers make themselves: each worker takes the next index,
     * makes that partition and checks it, so making partitions (reading or generating them)
     * runs in parallel with no thread besides the workers. At most {@link #threads()}
     * partitions are in memory at once. Returns when all are checked.
     *
     * @param partitions  how many partitions there are, 0 or more
     * @param partition  makes the partition of an index from 0 to {@code partitions - 1}, called
     *     on the worker threads, once per index and by several threads at once, not null
     * @param asOf  the day to check as of, not null
     * @param sink  receives each finding (current and upcoming), called by one thread at a
     *     time, not null; an exception it throws fails the run
     * @return counts of partitions, findings by rule, and the time taken (making the
     *     partitions included)
     * @throws IllegalArgumentException if {@code partitions} is negative
     * @throws IllegalStateException if a partition fails to be made or checked (the first
     *     failure, with the partition's index) or the calling thread is interrupted
     */
    public Summary run(int partitions, IntFunction<Partition> partition, LocalDate asOf, Consumer<Finding> sink) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions (" + partitions + ") must not be negative");
        }
        Objects.requireNonNull(partition, "partition");
        Run run = new Run(asOf, sink);
        AtomicInteger next = new AtomicInteger();
        int workers = Math.max(1, Math.min(threads, partitions));
        ExecutorService pool = Executors.newFixedThreadPool(workers, run.factory);
        Semaphore done = new Semaphore(0);
        try {
            for (int w = 0; w < workers; w++) {
                pool.execute(() -> {
                    try {
                        int at;
                        while (run.failure.get() == null && !Thread.currentThread().isInterrupted()
                                && (at = next.getAndIncrement()) < partitions) {
                            Partition p;
                            try {
                                p = Objects.requireNonNull(partition.apply(at), "partition");
                            } catch (RuntimeException | Error e) {
                                run.failure.compareAndSet(null, new IllegalStateException("partition " + at
                                        + " failed to be made: " + e, e));
                                return;
                            }
                            run.check(at, p);
                        }
                    } finally {
                        done.release();
                    }
                });
            }
            done.acquire(workers);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted after " + Math.min(next.get(), partitions) + " partitions",
                    e);
        } finally {
            stop(pool);
        }
        return run.summary();
    }

    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The state of one run: options, the sink, counts and the first failure. */
    private final class Run {
        private final long start = System.nanoTime();
        private final LocalDate asOf;
        private final Consumer<Finding> sink;
        private final CheckOptions organizationOptions = CheckOptions.defaults();
        private final CheckOptions territoryOptions;
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private final AtomicInteger checked = new AtomicInteger();
        /** Findings by rule; guarded by itself, as is every call of the sink. */
        private final Map<String, Integer> counts = new HashMap<>();
        private final ThreadFactory factory;

        Run(LocalDate asOf, Consumer<Finding> sink) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            this.sink = Objects.requireNonNull(sink, "sink");
            this.territoryOptions = territoryRules.isEmpty() ? null
                    : CheckOptions.defaults().withOnlyRules(territoryRules);
            AtomicInteger threadNumber = new AtomicInteger();
            this.factory = r -> {
                Thread t = new Thread(r, "nastavnik-partition-" + threadNumber.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }

        /** Checks one partition and streams its findings; records the first failure instead of throwing. */
        void check(int at, Partition p) {
            try {
                if (failure.get() != null) {
                    return;
                }
                CheckOptions options = p.scope() == Partition.Scope.ORGANIZATION ? organizationOptions
                        : territoryOptions;
                if (options == null) {
                    checked.incrementAndGet();
                    return;
                }
                ComplianceReport report = engine.check(p.snapshot(), asOf, options);
                List<Finding> found = report.allFindings();
                synchronized (counts) {
                    for (Finding f : found) {
                        sink.accept(f);
                        counts.merge(f.ruleId(), 1, Integer::sum);
                    }
                }
                checked.incrementAndGet();
            } catch (RuntimeException | Error e) {
                failure.compareAndSet(null, new IllegalStateException("partition " + at + " (" + p + ") failed: " + e,
                        e));
            }
        }

        Summary summary() {
            if (failure.get() != null) {
                throw failure.get();
            }
            synchronized (counts) {
                return new Summary(checked.get(), new TreeMap<>(counts), Duration.ofNanos(System.nanoTime() - start));
            }
        }
    }

    /** What a partitioned check did. Immutable. */
    public static final class Summary {
        private final int partitions;
        private final SortedMap<String, Integer> countsByRule;
        private final Duration elapsed;

        Summary(int partitions, SortedMap<String, Integer> countsByRule, Duration elapsed) {
            this.partitions = partitions;
            this.countsByRule = Collections.unmodifiableSortedMap(countsByRule);
            this.elapsed = elapsed;
        }

        /** @return the partitions checked */
        public int partitions() {
            return partitions;
        }

        /** @return the findings streamed, by rule id (current and upcoming) */
        public SortedMap<String, Integer> countsByRule() {
            return countsByRule;
        }

        /** @return the findings streamed in all */
        public int findings() {
            return countsByRule.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** @return the wall time of the run */
        public Duration elapsed() {
            return elapsed;
        }

        @Override
        public String toString() {
            return "Summary{partitions=" + partitions + ", findings=" + findings() + ", elapsed=" + elapsed.toMillis()
                    + " ms, byRule=" + countsByRule + "}";
        }
    }

    /** Configures a {@link PartitionedCheck}. Not thread-safe. */
    public static final class Builder {
        private final ComplianceEngine engine;
        private int threads = Runtime.getRuntime().availableProcessors();
        private int maxInFlight = -1;
        private Set<String> territoryRules = DEFAULT_TERRITORY_RULES;

        private Builder(ComplianceEngine engine) {
            this.engine = engine;
        }

        /**
         * @param threads  the worker threads, 1..256; default: the available processors
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder threads(int threads) {
            if (threads < 1 || threads > 256) {
                throw new IllegalArgumentException("threads (" + threads + ") must be from 1 to 256");
            }
            this.threads = threads;
            return this;
        }

        /**
         * @param partitions  the most partitions read but not yet checked, which bounds memory;
         *     at least the threads; default: twice the threads
         * @return this builder
         * @throws IllegalArgumentException if less than 1
         */
        public Builder maxInFlight(int partitions) {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions in flight (" + partitions + ") must be 1 or more");
            }
            this.maxInFlight = partitions;
            return this;
        }

        /**
         * @param ruleIds  the rules territory partitions are checked with, instead of the default, not null;
         *     ids the engine lacks are ignored
         * @return this builder
         */
        public Builder territoryRules(Set<String> ruleIds) {
            this.territoryRules = Set.copyOf(Objects.requireNonNull(ruleIds, "ruleIds"));
            return this;
        }

        /** @return the check */
        public PartitionedCheck build() {
            if (maxInFlight < 0) {
                maxInFlight = 2 * threads;
            }
            maxInFlight = Math.max(maxInFlight, threads);
            return new PartitionedCheck(this);
        }
    }
}
