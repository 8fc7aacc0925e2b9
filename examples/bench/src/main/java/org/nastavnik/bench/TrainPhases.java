package org.nastavnik.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.nastavnik.bench.fixtures.Scale;
import org.nastavnik.bench.fixtures.TerritoryGenerator;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Meeting;
import org.nastavnik.model.MeetingKind;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.Change;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.ComplianceSession;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingChanges;
import org.nastavnik.rules.SubjectType;

/**
 * The phases of the Train Benchmark (Szárnyas et al., "The Train Benchmark: cross-technology
 * performance evaluation of continuous model queries", SoSyM 2018; its code names the phases
 * Read, Check, Transformation, Recheck and the scenarios Batch, Inject, Repair), measured on
 * generated territories of 10, 100 and 1,000 organizations with the whole federal catalogue, so
 * that the times compare with published incremental-validation results. What maps to what:
 *
 * <ul>
 *   <li><b>Read</b>: the model loaded from disk: the territory parsed from the project's JSON
 *       ({@link JsonDocument#SNAPSHOT}, as the command line reads a snapshot), written once per
 *       size to a temporary file, into a {@link Snapshot}.</li>
 *   <li><b>Check</b>: the first validation: {@link ComplianceEngine#openSession} (the facts
 *       inserted, the rules fired) and its first {@link ComplianceSession#report()}, the set of
 *       findings (the Train Benchmark's "matches" of its well-formedness queries).</li>
 *   <li><b>Transformation</b>: the model edited through the tool's API, one {@link Change} at a
 *       time with {@link ComplianceSession#apply}, which also brings the findings up to date and
 *       returns the {@link FindingChanges} (an incremental tool's Rete network is updated in this
 *       phase too). As in the Train Benchmark, choosing what to change is not timed.
 *       <b>Inject</b> (its "fixed" strategy, 10 elements): 10 changes that make findings, on
 *       records drawn at random from the whole territory (valid or not): a pair formed late (a
 *       new pair, a copy of one drawn at random formed 40 days later: moving a pair's own
 *       formation would put its meetings before it), a curator's appointment ended the day after
 *       it began, a working meeting without feedback, in turn. <b>Repair</b> (its "proportional" strategy, constant 10): a tenth of the
 *       current findings of {@code PAIR_FORMED_LATE} (a pair), {@code CURATOR_MISSING} and
 *       {@code WORKING_MEETING_NO_FEEDBACK}, drawn at random and fixed as a user would: the pair
 *       formed on its due day, the organization's last appointment restored (or its curator
 *       appointed), the meeting's confirmation and feedback recorded.</li>
 *   <li><b>Recheck</b>: the findings after the transformation: {@link ComplianceSession#report()}
 *       (the whole set of findings, sorted, as the Train Benchmark's recheck returns the whole
 *       match set).</li>
 * </ul>
 *
 * <p>Each scenario does {@code rounds} transformation–recheck rounds (the Train Benchmark's
 * default is 5) on one session, inject then repair; the times of a transformation and of a
 * recheck are the medians of the rounds. The findings changed come back from
 * {@link ComplianceSession#apply} within the transformation; the recheck builds the whole report. The <b>batch</b> variant, for comparison with batch tools, does
 * the same changes to the snapshot itself: check is {@link ComplianceEngine#check}, the
 * transformation puts the changed records into the snapshot's lists and builds a new snapshot, and
 * the recheck checks it whole again; its findings after the last round must equal the session's.
 * Each run is a fresh read and a fresh session; the medians over the runs are printed (in ms), and
 * the transformation and recheck per change. Under load the few changes of a run (50 of each
 * scenario) are noisy: {@link IncrementalGrowth} times one change precisely.
 * Arguments: runs (default 5), rounds per scenario (default 5), warm-up runs per size (default 1),
 * then sizes in organizations (default 10 100 1000).
 */
public final class TrainPhases {

    /** Changes of one inject round: the Train Benchmark's fixed strategy and constant. */
    static final int INJECT_CHANGES = 10;
    /** One repair round fixes this fraction (1/n) of the repairable findings: its proportional strategy. */
    static final int REPAIR_SHARE = 10;
    private static final Set<String> REPAIRABLE = Set.of("PAIR_FORMED_LATE", "CURATOR_MISSING",
            "WORKING_MEETING_NO_FEEDBACK");
    private static final LocalDate AS_OF = TerritoryGenerator.AS_OF;
    private static final String[] PHASES = {"read", "check", "inject transformation", "inject recheck",
        "repair transformation", "repair recheck", "batch check", "batch inject transformation",
        "batch inject recheck", "batch repair transformation", "batch repair recheck"};

    private TrainPhases() {
    }

    /**
     * @param args  runs, rounds, warm-up runs, sizes
     * @throws IOException if the temporary snapshot file cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int[] sizes = args.length > 3 ? Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 100, 1000};
        System.out.println("load " + IncrementalGrowth.load() + "; runs " + runs + ", rounds " + rounds
                + ", warm-up runs " + warmUp);
        ComplianceEngine engine = ComplianceEngine.federal();
        for (int n : sizes) {
            Snapshot generated = TerritoryGenerator.of(Scale.REGION, 42).snapshot(n);
            Path file = Files.createTempFile("nastavnik-train-" + n + "-", ".json");
            try {
                try (OutputStream out = Files.newOutputStream(file)) {
                    JsonDocument.SNAPSHOT.write(generated, out);
                }
                System.out.printf("size %d organizations: %d pairs, %d meetings, JSON %.1f MB%n", n,
                        generated.mentorships().size(), generated.meetings().size(), Files.size(file) / 1e6);
                generated = null;
                List<Run> done = new ArrayList<>();
                for (int r = -warmUp; r < runs; r++) {
                    Run run = new Run(rounds);
                    run.measure(engine, file, 1000L * n + r + warmUp);
                    if (r >= 0) {
                        done.add(run);
                    }
                }
                print(n, done);
            } finally {
                Files.deleteIfExists(file);
            }
        }
        System.out.println("load " + IncrementalGrowth.load());
    }

    private static void print(int n, List<Run> runs) {
        Run first = runs.get(0);
        System.out.printf("size %d: findings after check %d; inject %d changes/round (+%d -%d findings in all);"
                + " repair %d changes/round (+%d -%d findings in all); batch agrees with the session: %s%n", n,
                first.checked, first.injectChanges / first.rounds, first.injectAdded, first.injectRemoved,
                first.repairChanges / first.rounds, first.repairAdded, first.repairRemoved,
                runs.stream().allMatch(r -> r.agrees));
        double[] medians = new double[PHASES.length];
        for (int p = 0; p < PHASES.length; p++) {
            int phase = p;
            medians[p] = median(runs.stream().mapToDouble(r -> r.ms[phase]).toArray());
            System.out.printf("size %d | %s | %.3f ms%n",
                    n, PHASES[p], medians[p]);
        }
        double inject = (double) first.injectChanges / first.rounds;
        double repair = (double) first.repairChanges / first.rounds;
        System.out.printf("size %d | read+check %.1f ms | batch check %.1f ms%n", n, medians[0] + medians[1], medians[6]);
        System.out.printf("size %d | per change, transformation / transformation+recheck: inject %.1f / %.1f µs,"
                + " repair %.1f / %.1f µs; batch inject %.1f / %.1f ms, batch repair %.1f / %.1f ms%n", n,
                medians[2] / inject * 1e3, (medians[2] + medians[3]) / inject * 1e3,
                medians[4] / repair * 1e3, (medians[4] + medians[5]) / repair * 1e3,
                medians[7] / inject, (medians[7] + medians[8]) / inject,
                medians[9] / repair, (medians[9] + medians[10]) / repair);
        System.out.printf("size %d | transformation+recheck per round, batch / incremental: inject %.0fx, repair %.0fx%n",
                n, (medians[7] + medians[8]) / (medians[2] + medians[3]),
                (medians[9] + medians[10]) / (medians[4] + medians[5]));
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** One run: the incremental scenarios on one session, then the batch variant of the same changes. */
    private static final class Run {
        final int rounds;
        /** Milliseconds per phase, in the order of {@link #PHASES}; transformation and recheck per round (median). */
        final double[] ms = new double[PHASES.length];
        int checked;
        int injectChanges;
        int injectAdded;
        int injectRemoved;
        int repairChanges;
        int repairAdded;
        int repairRemoved;
        boolean agrees = true;

        Run(int rounds) {
            this.rounds = rounds;
        }

        void measure(ComplianceEngine engine, Path file, long seed) throws IOException {
            long t0 = System.nanoTime();
            Snapshot s = JsonDocument.SNAPSHOT.read(file);
            ms[0] = ms(t0);
            t0 = System.nanoTime();
            List<List<Change>> applied = new ArrayList<>();
            List<Integer> counts = new ArrayList<>();
            List<Finding> last;
            try (ComplianceSession session = engine.openSession(s, AS_OF)) {
                ComplianceReport report = session.report();
                ms[1] = ms(t0);
                checked = report.findings().size();
                Records records = new Records(s);
                Random random = new Random(seed);
                double[] transform = new double[rounds];
                double[] recheck = new double[rounds];
                for (int i = 0; i < rounds; i++) {
                    List<Change> changes = records.inject(random);
                    t0 = System.nanoTime();
                    for (Change c : changes) {
                        FindingChanges f = session.apply(c);
                        injectAdded += f.added().size();
                        injectRemoved += f.removed().size();
                    }
                    transform[i] = ms(t0);
                    t0 = System.nanoTime();
                    report = session.report();
                    recheck[i] = ms(t0);
                    records.apply(changes);
                    applied.add(changes);
                    counts.add(report.findings().size());
                    injectChanges += changes.size();
                }
                ms[2] = median(transform);
                ms[3] = median(recheck);
                for (int i = 0; i < rounds; i++) {
                    List<Change> changes = records.repair(report, random);
                    t0 = System.nanoTime();
                    for (Change c : changes) {
                        FindingChanges f = session.apply(c);
                        repairAdded += f.added().size();
                        repairRemoved += f.removed().size();
                    }
                    transform[i] = ms(t0);
                    t0 = System.nanoTime();
                    report = session.report();
                    recheck[i] = ms(t0);
                    records.apply(changes);
                    applied.add(changes);
                    counts.add(report.findings().size());
                    repairChanges += changes.size();
                }
                ms[4] = median(transform);
                ms[5] = median(recheck);
                last = report.findings();
            }
            // the batch variant: the same changes, each round's snapshot checked whole
            t0 = System.nanoTime();
            ComplianceReport batch = engine.check(s, AS_OF);
            ms[6] = ms(t0);
            agrees &= batch.findings().size() == checked;
            Records records = new Records(s);
            double[] transform = new double[rounds];
            double[] recheck = new double[rounds];
            for (int i = 0; i < 2 * rounds; i++) {
                t0 = System.nanoTime();
                records.apply(applied.get(i));
                Snapshot edited = records.snapshot(s);
                transform[i % rounds] = ms(t0);
                t0 = System.nanoTime();
                batch = engine.check(edited, AS_OF);
                recheck[i % rounds] = ms(t0);
                agrees &= batch.findings().size() == counts.get(i);
                if (i % rounds == rounds - 1) {
                    ms[i < rounds ? 7 : 9] = median(transform);
                    ms[i < rounds ? 8 : 10] = median(recheck);
                }
            }
            agrees &= batch.findings().equals(last);
        }

        private static double ms(long t0) {
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    /**
     * The records the transformations change, by identity and in the snapshot's order, kept up to
     * date with the changes applied: what the changes are chosen from, and the batch variant's model.
     */
    private static final class Records {
        final Map<String, Mentorship> pairs = new LinkedHashMap<>();
        final Map<String, Meeting> meetings = new LinkedHashMap<>();
        final Map<String, CuratorAppointment> curators = new LinkedHashMap<>();
        final List<String> pairIds;
        final List<String> workingMeetingIds = new ArrayList<>();
        final List<String> curatorKeys;
        private int injected;

        Records(Snapshot s) {
            s.mentorships().forEach(m -> pairs.put(m.id(), m));
            s.meetings().forEach(m -> {
                meetings.put(m.id(), m);
                if (m.kind() == MeetingKind.WORKING && m.date().isBefore(AS_OF)) {
                    workingMeetingIds.add(m.id());
                }
            });
            s.curatorAppointments().forEach(c -> curators.put(key(c), c));
            pairIds = new ArrayList<>(pairs.keySet());
            curatorKeys = new ArrayList<>(curators.keySet());
        }

        static String key(CuratorAppointment c) {
            return c.organizationId() + "|" + c.personId() + "|" + c.appointedOn();
        }

        /** @return {@link #INJECT_CHANGES} changes that make findings, on records drawn at random */
        List<Change> inject(Random random) {
            List<Change> out = new ArrayList<>();
            for (int i = 0; i < INJECT_CHANGES; i++) {
                switch (i % 3) {
                    case 0 -> out.add(Change.pairFormed(latePair(random)));
                    case 1 -> {
                        CuratorAppointment c = curators.get(curatorKeys.get(random.nextInt(curatorKeys.size())));
                        out.add(Change.curatorAppointed(CuratorAppointment.builder().from(c)
                                .endedOn(c.appointedOn().plusDays(1)).build()));
                    }
                    default -> {
                        Meeting m = meetings.get(workingMeetingIds.get(random.nextInt(workingMeetingIds.size())));
                        out.add(Change.meetingRecorded(Meeting.builder().from(m).feedbackRecorded(false).build()));
                    }
                }
            }
            return out;
        }

        /**
         * @return a new pair: a copy of one drawn at random, formed 40 days later, with a new id and
         *     no meetings yet (moving a pair's own formation would put its meetings before it)
         */
        private Mentorship latePair(Random random) {
            Mentorship m = pairs.get(pairIds.get(random.nextInt(pairIds.size())));
            LocalDate formed = m.formedOn().plusDays(40);
            return Mentorship.builder().from(m).id(m.id() + "-inject" + injected++).formedOn(formed)
                    .completedOn(m.completedOn().filter(c -> !c.isBefore(formed))).build();
        }

        /** @return changes that fix a tenth of the repairable findings of the report, drawn at random */
        List<Change> repair(ComplianceReport report, Random random) {
            List<Finding> candidates = new ArrayList<>();
            for (Finding f : report.findings()) {
                if (REPAIRABLE.contains(f.ruleId()) && (!f.ruleId().equals("PAIR_FORMED_LATE")
                        || !f.subjectIds(SubjectType.MENTORSHIP).isEmpty() && f.dueDate().isPresent())) {
                    candidates.add(f);
                }
            }
            Collections.shuffle(candidates, random);
            List<Change> out = new ArrayList<>();
            for (Finding f : candidates.subList(0, candidates.size() / REPAIR_SHARE)) {
                switch (f.ruleId()) {
                    case "PAIR_FORMED_LATE" -> {
                        Mentorship m = pairs.get(f.subjectIds(SubjectType.MENTORSHIP).get(0));
                        out.add(Change.pairFormed(Mentorship.builder().from(m).formedOn(f.dueDate().get()).build()));
                    }
                    case "CURATOR_MISSING" -> out.add(Change.curatorAppointed(appointment(f.organizationId())));
                    default -> {
                        Meeting m = meetings.get(f.subjectIds(SubjectType.RECORD).get(0));
                        out.add(Change.meetingRecorded(Meeting.builder().from(m).confirmationFormFilled(true)
                                .feedbackRecorded(true).build()));
                    }
                }
            }
            return out;
        }

        /** The organization's last appointment restored, or its curator (the generator's {@code <org>-cur}) appointed. */
        private CuratorAppointment appointment(String organization) {
            CuratorAppointment last = null;
            for (CuratorAppointment c : curators.values()) {
                if (c.organizationId().equals(organization)
                        && (last == null || c.appointedOn().isAfter(last.appointedOn()))) {
                    last = c;
                }
            }
            if (last != null) {
                return CuratorAppointment.builder().from(last).endedOn(Optional.empty()).build();
            }
            LocalDate on = AS_OF.minusDays(30);
            return CuratorAppointment.builder().personId(organization + "-cur").organizationId(organization)
                    .order(DocumentRef.order("bench-" + organization, on)).appointedOn(on).build();
        }

        void apply(List<Change> changes) {
            for (Change c : changes) {
                if (c.kind() != Change.Kind.PUT) {
                    throw new IllegalArgumentException("only puts: " + c);
                }
                Object r = c.record();
                if (r instanceof Mentorship m) {
                    pairs.put(m.id(), m);
                } else if (r instanceof Meeting m) {
                    meetings.put(m.id(), m);
                } else if (r instanceof CuratorAppointment a) {
                    if (curators.put(key(a), a) == null) {
                        curatorKeys.add(key(a));
                    }
                } else {
                    throw new IllegalArgumentException("not a record the transformations change: " + c);
                }
            }
        }

        /** @return the base snapshot with the records as they are now */
        Snapshot snapshot(Snapshot base) {
            return Snapshot.builder().from(base).mentorships(pairs.values()).meetings(meetings.values())
                    .curatorAppointments(curators.values()).build();
        }
    }
}
