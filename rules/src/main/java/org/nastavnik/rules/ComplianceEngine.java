package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * Checks a {@link Snapshot} for compliance with the rules of the target model of mentoring.
 *
 * <p>An engine is built once per rule configuration (rule packs, parameters, waivers), is
 * immutable and safe to share between threads. Its Drools knowledge base is built when the
 * engine is, from rule classes generated at build time (Drools' executable model): no DRL is
 * parsed and no Java is compiled at run time. Each check runs in its own short-lived session;
 * nothing is kept between checks.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.federal();
 * ComplianceReport report = engine.check(snapshot, LocalDate.of(2022, 10, 1));
 * report.findings().forEach(f -> System.out.println(f.message(Language.RU)));
 * }</pre>
 */
public interface ComplianceEngine {

    /**
     * The federal catalogue with the federal default parameters. The engine is built on the
     * first call and shared afterwards.
     *
     * @return the federal engine
     * @throws IllegalStateException if the rule catalogue on the class path is incomplete
     */
    static ComplianceEngine federal() {
        return FederalEngineHolder.ENGINE;
    }

    /**
     * An engine for a profile: the federal catalogue with the profile's parameters, rule packs
     * and waivers; organizations with their own parameters are checked with them.
     *
     * <pre>{@code
     * ComplianceEngine belgorod = ComplianceEngine.forProfile(Profiles.region("31"));
     * }</pre>
     *
     * @param profile  the profile, such as {@link Profiles#region(String)}, not null
     * @return a new engine
     * @throws IllegalStateException if a rule of the profile's packs lacks part of its descriptor,
     *     or two packs define the same rule id
     */
    static ComplianceEngine forProfile(Profile profile) {
        return builder().profile(profile).build();
    }

    /** @return a builder of an engine with the federal catalogue and defaults, to be changed */
    static ComplianceEngineBuilder builder() {
        return new ComplianceEngineBuilder();
    }

    /**
     * Checks a snapshot as of a date, with no horizon and no explanation.
     *
     * @param snapshot  the data, not null
     * @param asOf  the day to check as of, not null
     * @return the report
     * @throws org.nastavnik.model.ValidationException if {@code asOf} lies outside
     *     {@link org.nastavnik.common.Limits#MIN_DATE} to {@link org.nastavnik.common.Limits#MAX_DATE}
     */
    ComplianceReport check(Snapshot snapshot, LocalDate asOf);

    /**
     * Checks a snapshot as of a date.
     *
     * @param snapshot  the data, not null
     * @param asOf  the day to check as of, not null
     * @param options  the horizon for upcoming findings and a subject to explain, not null
     * @return the report
     * @throws org.nastavnik.model.ValidationException if {@code asOf} lies outside
     *     {@link org.nastavnik.common.Limits#MIN_DATE} to {@link org.nastavnik.common.Limits#MAX_DATE}
     */
    ComplianceReport check(Snapshot snapshot, LocalDate asOf, CheckOptions options);

    /**
     * Opens a long-lived session for a system that keeps the snapshot live and sends changes;
     * each change returns the findings it added and removed, at a fraction of a full check's
     * cost. Close it when done.
     *
     * @param snapshot  the data, not null
     * @param asOf  the day to check as of, not null
     * @return the open session, already checked: its {@link ComplianceSession#report()} equals
     *     {@link #check(Snapshot, LocalDate)}
     * @throws UnsupportedOperationException if this engine cannot keep sessions (the engines
     *     built by {@link ComplianceEngineBuilder} can)
     * @throws org.nastavnik.model.ValidationException if {@code asOf} lies outside
     *     {@link org.nastavnik.common.Limits#MIN_DATE} to {@link org.nastavnik.common.Limits#MAX_DATE}
     */
    default ComplianceSession openSession(Snapshot snapshot, LocalDate asOf) {
        throw new UnsupportedOperationException("this engine keeps no sessions: " + this);
    }

    /**
     * Checks a territory too large for one session, partition by partition, in parallel on every
     * core, streaming findings to {@code sink}; see {@link PartitionedCheck} for the partitions'
     * contract and for the options.
     *
     * @param partitions  one snapshot per organization, read lazily, not null
     * @param asOf  the day to check as of, not null
     * @param sink  receives every finding, from one thread at a time, not null
     * @return counts of what was checked and found
     * @throws IllegalStateException if a partition fails; its index and cause are in the message
     */
    default PartitionedCheck.Summary checkPartitioned(java.util.stream.Stream<Snapshot> partitions, LocalDate asOf,
            java.util.function.Consumer<Finding> sink) {
        return PartitionedCheck.of(this).run(partitions.map(Partition::organization), asOf, sink);
    }

    /** @return the descriptors of every rule of the engine (waived ones too), ordered by id */
    List<RuleDescriptor> rules();

    /**
     * The rules a check as of the day applies: those whose source (and the rule itself) is in
     * force on it. A check as of 01.06.2024 does not apply a rule of a law in force from
     * 01.03.2025.
     *
     * @param day  the day, not null
     * @return the descriptors of the rules in force on that day (waived ones too), ordered by id
     */
    default List<RuleDescriptor> rulesInForce(java.time.LocalDate day) {
        java.util.Objects.requireNonNull(day, "day");
        return rules().stream().filter(d -> d.inForceOn(day)).collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    /**
     * @param ruleId  a rule id, such as {@code PAIR_FORMED_LATE}
     * @return its descriptor, if the engine has the rule
     */
    Optional<RuleDescriptor> rule(String ruleId);

    /** @return the parameters the rules read */
    RuleParameters parameters();

    /** @return the rules switched off, with reasons */
    List<Waiver> waivers();

    /**
     * @return the version of the rule set: each pack as {@code id@version} joined by {@code +},
     *     then {@code ;params=} and a fingerprint if the parameters are not the federal defaults. A
     *     report's version adds the period its rules in force cover, such as
     *     {@code ;inForce=2023-03-06..2025-02-28}: two reports with the same version applied the same rules
     */
    String ruleSetVersion();
}

/** Builds the federal engine on first use. */
final class FederalEngineHolder {
    static final ComplianceEngine ENGINE = new ComplianceEngineBuilder().build();

    private FederalEngineHolder() {
    }
}
