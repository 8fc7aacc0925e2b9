package org.nastavnik.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;

/**
 * Suggests pairs and groups (подбор наставнических пар) from the bases of mentors and mentees,
 * judged by a {@link ComplianceEngine}. Immutable and thread-safe.
 *
 * <p>How a suggestion is made:
 * <ol>
 *   <li>The pool: the mentees in the bases of the scope's organizations (entries for the form
 *       or for no form, in force on the start date) who are in no pair of the form active on that
 *       day, and the mentors in the same bases. Pairs already formed are not touched; pairs the
 *       curator fixed by hand ({@link Preferences#fixedPairs()}) are kept and take their mentor's
 *       capacity.</li>
 *   <li>Cheap filters drop what the rules would reject anyway: the kinds of person and of
 *       organization the form admits, one organization where the form asks it (else a
 *       cooperation agreement for an outside mentor), the minimum age, the young specialist's
 *       limits, the consents needed on the start date, a mentor older and in a higher grade, the
 *       mentor's capacity (the smaller of the region's {@code maxMenteesPerMentor} and the
 *       mentor's own stated capacity, less the mentees they already have), never a mentor as their
 *       own mentee, and the preferences made a must.</li>
 *   <li>The whole pool is assigned at once by an exact minimum-cost maximum flow: as many mentees
 *       as possible get a mentor, and among such assignments the one with the least weighted
 *       penalty of the soft preferences. Ties fall the same way for the same input: people are
 *       taken in the order of their ids.</li>
 *   <li>The engine is the final judge: the suggested pairs (formed on the start date) are checked
 *       as of the start date, firing only the pair-level rules ({@link #DEFAULT_PAIR_RULES} that
 *       the engine has, plus any added with {@link #withPairRules(Collection)}). A pair with a
 *       finding about it is dropped, the edge is banned and the pool assigned again, until the
 *       engine finds nothing about any suggestion.</li>
 * </ol>
 *
 * <p>What the engine checks is not the whole snapshot but the records the suggested pairs touch:
 * their people with their consents, trainings and entries in the bases, every pair those people
 * are already in (so a mentor's load counts all of them), and the organizations of all these with
 * their forms adopted, local acts and the agreements between them. Pairs that share nobody are
 * checked in separate parts, in parallel. So the cost of judging grows with the pool, not with the
 * territory; a rule added with {@link #withPairRules(Collection)} must read no other records
 * (roadmaps, curators, meetings, monitoring, lists, indicators) to judge a pair.
 *
 * <p>Organization layers of a profile are not visible through the engine's API: the cheap
 * filters use the engine's territory parameters, and the engine, which applies the organization's
 * own, still judges every pair.
 */
public final class PairSuggester {

    /** The federal rules that judge one pair or group at its formation, sorted. */
    public static final List<String> DEFAULT_PAIR_RULES = List.of("ADULT_PD_CONSENT_MISSING",
            "EXTERNAL_MENTOR_NO_AGREEMENT", "EXTRA_DUTY_CONSENT_MISSING", "FORM_NOT_ALLOWED_FOR_ORG",
            "FORM_PARTICIPANT_MISMATCH", "MENTEE_UNDER_AGE", "MENTOR_OVERLOAD", "MENTOR_UNDER_AGE",
            "MINOR_PD_CONSENT_MISSING", "PAIR_INCOMPLETE", "YOUNG_SPECIALIST_MISCLASSIFIED");

    private final ComplianceEngine engine;
    private final Set<String> pairRules;

    private PairSuggester(ComplianceEngine engine, Set<String> pairRules) {
        this.engine = engine;
        this.pairRules = pairRules;
    }

    /**
     * @param engine  the engine that judges the pairs, not null
     * @return a suggester judging with the engine's pair-level rules
     * @throws IllegalArgumentException if the engine is null or has none of {@link #DEFAULT_PAIR_RULES}
     */
    public static PairSuggester of(ComplianceEngine engine) {
        if (engine == null) {
            throw new IllegalArgumentException("engine (null): a ComplianceEngine is required, such as ComplianceEngine.federal()");
        }
        Set<String> rules = new TreeSet<>();
        for (String id : DEFAULT_PAIR_RULES) {
            if (engine.rule(id).isPresent()) {
                rules.add(id);
            }
        }
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("engine " + engine.ruleSetVersion() + " has none of the pair-level rules "
                    + DEFAULT_PAIR_RULES + "; nothing could judge the suggestions");
        }
        return new PairSuggester(engine, Set.copyOf(rules));
    }

    /**
     * Adds rules that judge a pair at its formation, such as a region pack's. They see the records
     * the suggested pairs touch (see above), not the whole snapshot.
     *
     * @param ruleIds  rule ids the engine has, not null
     * @return a suggester also judging with those rules
     * @throws IllegalArgumentException listing every id the engine does not have
     */
    public PairSuggester withPairRules(Collection<String> ruleIds) {
        if (ruleIds == null) {
            throw new IllegalArgumentException("ruleIds (null): name the rule ids to add");
        }
        List<String> unknown = new ArrayList<>();
        Set<String> rules = new TreeSet<>(pairRules);
        for (String id : ruleIds) {
            if (id == null || engine.rule(id).isEmpty()) {
                unknown.add(String.valueOf(id));
            } else {
                rules.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("pair rules " + unknown + ": the engine " + engine.ruleSetVersion()
                    + " has no such rule");
        }
        return new PairSuggester(engine, Set.copyOf(rules));
    }

    /** @return the ids of the rules that judge each suggestion, sorted */
    public List<String> pairRules() {
        return List.copyOf(new TreeSet<>(pairRules));
    }

    /**
     * Suggests pairs and groups of a form in an organization or municipality.
     *
     * @param snapshot  the data, not null; not changed
     * @param scope  the organization or municipality, not null
     * @param form  the form of mentoring, not null
     * @param asOf  the day of the suggestion; the pairs start on it unless {@link Preferences#startOn()} says otherwise
     * @param preferences  the weights and the hand-fixed pairs, not null
     * @return the suggestions, the mentees left unmatched with reasons, the windows
     * @throws IllegalArgumentException listing every problem of the input at once: an argument
     *     missing, an organization or municipality not in the snapshot, a hand-fixed pair naming
     *     unknown people
     */
    public Suggestions suggest(Snapshot snapshot, Scope scope, MentoringForm form, LocalDate asOf,
            Preferences preferences) {
        List<String> problems = new ArrayList<>();
        if (snapshot == null) {
            problems.add("snapshot (null) is required");
        }
        if (scope == null) {
            problems.add("scope (null) is required: Scope.organization(id) or Scope.municipality(name)");
        }
        if (form == null) {
            problems.add("form (null) is required, such as STUDENT_STUDENT");
        }
        if (asOf == null) {
            problems.add("asOf (null) is required");
        }
        if (preferences == null) {
            problems.add("preferences (null) are required, such as Preferences.defaults()");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot suggest pairs: " + String.join("; ", problems));
        }
        return new Matching(engine, pairRules, snapshot, scope, form, asOf, preferences).run();
    }

    /**
     * Suggests pairs and groups of a form in one organization.
     *
     * @param snapshot  the data, not null
     * @param organizationId  the organization's id, not blank
     * @param form  the form, not null
     * @param asOf  the day of the suggestion, not null
     * @param preferences  the preferences, not null
     * @return the suggestions
     * @throws IllegalArgumentException listing every problem of the input
     */
    public Suggestions suggest(Snapshot snapshot, String organizationId, MentoringForm form, LocalDate asOf,
            Preferences preferences) {
        return suggest(snapshot, Scope.organization(organizationId), form, asOf, preferences);
    }

    @Override
    public String toString() {
        return "PairSuggester{" + engine.ruleSetVersion() + ", rules=" + pairRules() + "}";
    }
}
