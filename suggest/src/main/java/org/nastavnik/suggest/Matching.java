package org.nastavnik.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nastavnik.model.Agreement;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.MentoringSystem;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.ParticipantCategory;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.spi.RuleParameters;
import org.nastavnik.rules.SubjectType;

/** One suggestion: the pool, the filters, the assignment and the engine's judgement. Not thread-safe; used once. */
final class Matching {
    /** How many times the pool is assigned again after the engine rejected pairs, before rejected pairs are only dropped. */
    private static final int MAX_ROUNDS = 25;
    private static final int ADULT_AGE = 18;
    private static final Set<PersonKind> PRESUMED_ADULTS = Set.of(PersonKind.TEACHER, PersonKind.HEAD,
            PersonKind.LECTURER, PersonKind.EMPLOYER_REPRESENTATIVE);

    // stages an edge reaches before it fails, for the reason a mentee stays unmatched
    private static final int STAGE_CONSENT = 1;
    private static final int STAGE_ORGANIZATION = 2;
    private static final int STAGE_SENIOR = 3;
    private static final int STAGE_MUST = 4;
    private static final int STAGE_CAPACITY = 5;
    private static final int STAGE_RULES = 6;
    private static final int STAGE_OK = 7;

    private final ComplianceEngine engine;
    private final Set<String> rules;
    private final Snapshot s;
    private final Scope scope;
    private final MentoringForm form;
    private final LocalDate asOf;
    private final LocalDate start;
    private final Preferences prefs;
    private final RuleParameters params;

    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, List<Consent>> consents = new HashMap<>();
    private final List<String> scopeOrganizations = new ArrayList<>();
    private final CheckOptions pairRulesOnly;
    // the weights, read once: they are used for every allowed pair
    private final int topicsFactor;
    private final int gapFactor;
    private final int requestsFactor;
    private final int unitFactor;
    private final boolean anyMust;
    private Neighbourhood neighbourhood;

    /** A person in a base: merged entries. */
    private static final class Candidate {
        final Person person;
        final String organizationId;
        final Map<String, String> topics = new TreeMap<>();
        final Set<String> requests = new HashSet<>();
        OptionalInt capacity = OptionalInt.empty();
        /** The class or department, normalized; null if unknown. */
        final String unit;
        /** The grade, the years of experience, the birth date: -1 or null if unknown, read once for every pair. */
        final int grade;
        final int experience;
        final LocalDate birthDate;
        int index;
        int free;
        int existing;
        boolean consenting;

        Candidate(Person person, String organizationId) {
            this.person = person;
            this.organizationId = organizationId;
            this.unit = person.unit().map(Matching::norm).orElse(null);
            this.grade = person.grade().orElse(-1);
            this.experience = person.experienceYears().orElse(-1);
            this.birthDate = person.birthDate().orElse(null);
        }
    }

    /** An allowed edge. */
    private record Edge(Candidate mentee, Candidate mentor, long cost) {
    }

    Matching(ComplianceEngine engine, Set<String> rules, Snapshot snapshot, Scope scope, MentoringForm form,
            LocalDate asOf, Preferences prefs) {
        this.engine = engine;
        this.rules = rules;
        this.s = snapshot;
        this.scope = scope;
        this.form = form;
        this.asOf = asOf;
        this.prefs = prefs;
        this.start = prefs.startOn().orElse(asOf);
        this.params = engine.parameters();
        this.pairRulesOnly = CheckOptions.defaults().withOnlyRules(rules);
        this.topicsFactor = prefs.weight(Criterion.TOPICS).factor();
        this.gapFactor = prefs.weight(Criterion.GAP).factor();
        this.requestsFactor = prefs.weight(Criterion.REQUESTS).factor();
        this.unitFactor = prefs.weight(Criterion.UNIT).factor();
        boolean must = false;
        for (Criterion c : Criterion.values()) {
            must |= prefs.weight(c) == Weight.MUST;
        }
        this.anyMust = must;
    }

    Suggestions run() {
        s.people().forEach(p -> people.put(p.id(), p));
        s.organizations().forEach(o -> organizations.put(o.id(), o));
        s.consents().forEach(c -> consents.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c));
        List<String> problems = new ArrayList<>();
        if (scope.organizationId().isPresent()) {
            String id = scope.organizationId().get();
            if (!organizations.containsKey(id)) {
                problems.add("organization (" + id + ") is not in the snapshot");
            }
            scopeOrganizations.add(id);
        } else {
            String m = scope.municipality().get();
            s.organizations().stream().filter(o -> o.municipality().map(m::equals).orElse(false))
                    .map(Organization::id).sorted().forEach(scopeOrganizations::add);
            if (scopeOrganizations.isEmpty()) {
                problems.add("municipality (" + m + ") has no organization in the snapshot");
            }
        }
        Set<String> fixedMentees = new HashSet<>();
        List<Preferences.FixedPair> fixed = prefs.fixedPairs();
        for (int i = 0; i < fixed.size(); i++) {
            Preferences.FixedPair f = fixed.get(i);
            if (!people.containsKey(f.mentorId())) {
                problems.add("fixedPairs[" + i + "].mentorId (" + f.mentorId() + ") is not a person of the snapshot");
            }
            for (String id : f.menteeIds()) {
                if (!people.containsKey(id)) {
                    problems.add("fixedPairs[" + i + "].menteeIds (" + id + ") is not a person of the snapshot");
                }
                if (id.equals(f.mentorId())) {
                    problems.add("fixedPairs[" + i + "].menteeIds (" + id + ") is the mentor: a mentor is never their own mentee");
                }
                if (!fixedMentees.add(id)) {
                    problems.add("fixedPairs[" + i + "].menteeIds (" + id + ") is in another fixed pair too");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot suggest pairs: " + problems.size()
                    + (problems.size() == 1 ? " problem: " : " problems: ") + String.join("; ", problems));
        }

        // existing pairs
        Map<String, Set<String>> activeMentees = new HashMap<>();
        Set<String> pairedInForm = new HashSet<>();
        for (Mentorship m : s.mentorships()) {
            if (m.activeOn(start)) {
                activeMentees.computeIfAbsent(m.mentorId(), k -> new HashSet<>()).addAll(m.menteeIds());
                if (m.form() == form) {
                    pairedInForm.addAll(m.menteeIds());
                }
            }
        }
        // the bases
        Set<String> inScope = new HashSet<>(scopeOrganizations);
        TreeMap<String, Candidate> mentees = new TreeMap<>();
        TreeMap<String, Candidate> mentors = new TreeMap<>();
        List<RegistryEntry> entries = new ArrayList<>(s.registry());
        entries.sort(java.util.Comparator.comparing(RegistryEntry::organizationId));
        for (RegistryEntry e : entries) {
            if (!inScope.contains(e.organizationId()) || e.includedOn().isAfter(start)
                    || e.excludedOn().map(x -> !x.isAfter(start)).orElse(false)
                    || e.form().map(f -> f != form).orElse(false)) {
                continue;
            }
            TreeMap<String, Candidate> base = e.role() == ParticipantRole.MENTEE ? mentees : mentors;
            Candidate c = base.computeIfAbsent(e.personId(), id -> new Candidate(people.get(id), e.organizationId()));
            e.topics().forEach(t -> c.topics.putIfAbsent(norm(t), t.strip()));
            c.requests.addAll(e.partnerRequests());
            if (e.capacity().isPresent()) {
                c.capacity = OptionalInt.of(c.capacity.isPresent()
                        ? Math.min(c.capacity.getAsInt(), e.capacity().getAsInt()) : e.capacity().getAsInt());
            }
        }
        for (Candidate m : mentors.values()) {
            m.person.subjects().forEach(t -> m.topics.putIfAbsent(norm(t), t.strip()));
        }

        // hand-fixed pairs take their mentor's places
        Map<String, Integer> fixedLoad = new HashMap<>();
        for (Preferences.FixedPair f : fixed) {
            fixedLoad.merge(f.mentorId(), f.menteeIds().size(), Integer::sum);
        }

        List<Unmatched> unmatched = new ArrayList<>();
        Map<String, LocalDate> adoption = adoptions();
        List<Candidate> pool = new ArrayList<>();
        Set<String> poolOrganizations = new TreeSet<>();
        for (Candidate c : mentees.values()) {
            if (pairedInForm.contains(c.person.id()) || fixedMentees.contains(c.person.id())) {
                continue;
            }
            poolOrganizations.add(c.organizationId);
            List<String> missing = new ArrayList<>();
            UnmatchedReason r = menteeProblem(c, missing);
            if (r != null) {
                unmatched.add(unmatched(c, r, missing));
            } else {
                pool.add(c);
            }
        }
        fixed.forEach(f -> poolOrganizations.add(pairOrganization(f, mentees)));
        // mentors: the form's kinds, with consents and free places
        List<Candidate> kindMentors = new ArrayList<>();
        List<Candidate> usable = new ArrayList<>();
        for (Candidate m : mentors.values()) {
            if (!form.admitsMentor(m.person.kind())) {
                continue;
            }
            kindMentors.add(m);
            m.consenting = missingConsents(m.person).isEmpty();
            m.existing = activeMentees.getOrDefault(m.person.id(), Set.of()).size() + fixedLoad.getOrDefault(m.person.id(), 0);
            int cap = prefs.defaultCapacity();
            if (params.get(RuleParameters.MAX_MENTEES_PER_MENTOR).isPresent() || m.capacity.isPresent()) {
                cap = Math.min(params.get(RuleParameters.MAX_MENTEES_PER_MENTOR).orElse(Integer.MAX_VALUE), m.capacity.orElse(Integer.MAX_VALUE));
            }
            m.free = Math.max(0, cap - m.existing);
            if (m.consenting) {
                m.index = usable.size();
                usable.add(m);
            }
        }
        Map<String, Set<String>> partners = partners();

        // edges, and for each mentee the furthest stage a mentor reached
        Map<Candidate, Integer> stage = new HashMap<>();
        Map<Candidate, Set<String>> mustFailed = new HashMap<>();
        Map<Candidate, List<Edge>> edges = new LinkedHashMap<>();
        Map<String, List<Candidate>> mentorsByOrganization = new HashMap<>();
        for (Candidate m : usable) {
            mentorsByOrganization.computeIfAbsent(m.person.organizationId(), k -> new ArrayList<>()).add(m);
        }
        // each mentee's mentors are weighed apart from the others', in parallel
        List<Reach> reaches = (pool.size() > 1 ? pool.parallelStream() : pool.stream())
                .map(e -> reach(e, kindMentors, usable, mentorsByOrganization, partners)).toList();
        for (int i = 0; i < pool.size(); i++) {
            Candidate e = pool.get(i);
            Reach r = reaches.get(i);
            stage.put(e, r.stage);
            if (!r.mustFailed.isEmpty()) {
                mustFailed.put(e, r.mustFailed);
            }
            edges.put(e, r.edges);
        }

        // assign, judge, ban, again
        Map<String, Set<String>> bannedEdges = new HashMap<>(); // mentee|mentor -> rules
        Map<String, Set<String>> bannedMentors = new HashMap<>();
        Map<String, Integer> capacityCut = new HashMap<>();
        Map<Candidate, Set<String>> rejectedBy = new HashMap<>();
        Map<String, List<Finding>> fixedFindings = new HashMap<>();
        List<Group> groups = List.of();
        for (int round = 0; round <= MAX_ROUNDS; round++) {
            groups = assign(pool, edges, bannedEdges, bannedMentors, capacityCut, usable);
            Judgement j = judge(groups, fixed, mentees);
            fixedFindings = j.fixedFindings;
            if (j.clean()) {
                break;
            }
            if (round == MAX_ROUNDS) {
                groups = dropRejected(groups, j, rejectedBy, fixed, mentees);
                break;
            }
            for (Map.Entry<String, Set<String>> b : j.edgeBans.entrySet()) {
                bannedEdges.computeIfAbsent(b.getKey(), k -> new TreeSet<>()).addAll(b.getValue());
            }
            for (Map.Entry<String, Set<String>> b : j.mentorBans.entrySet()) {
                bannedMentors.computeIfAbsent(b.getKey(), k -> new TreeSet<>()).addAll(b.getValue());
            }
            j.capacityCuts.forEach((m, n) -> capacityCut.merge(m, n, Integer::sum));
        }
        // unmatched: the pool's mentees left out
        Set<String> matched = new HashSet<>();
        groups.forEach(g -> g.mentees.forEach(c -> matched.add(c.person.id())));
        for (Candidate e : pool) {
            if (matched.contains(e.person.id())) {
                continue;
            }
            Set<String> ruleIds = new TreeSet<>(rejectedBy.getOrDefault(e, Set.of()));
            boolean anyUnbanned = false;
            for (Edge edge : edges.get(e)) {
                Set<String> banned = bannedEdges.get(key(e, edge.mentor));
                Set<String> mentorBan = bannedMentors.get(edge.mentor.person.id());
                if (banned != null || mentorBan != null) {
                    if (banned != null) {
                        ruleIds.addAll(banned);
                    }
                    if (mentorBan != null) {
                        ruleIds.addAll(mentorBan);
                    }
                } else {
                    anyUnbanned = true;
                }
            }
            int st = stage.get(e);
            UnmatchedReason r;
            List<String> details = List.of();
            if (st == STAGE_OK && !anyUnbanned && !ruleIds.isEmpty()) {
                r = UnmatchedReason.REJECTED_BY_RULES;
                details = List.copyOf(ruleIds);
            } else if (st == STAGE_OK || st == STAGE_CAPACITY) {
                r = UnmatchedReason.ALL_AT_CAPACITY;
            } else if (st == STAGE_MUST) {
                r = UnmatchedReason.NO_MENTOR_MEETS_MUST;
                details = List.copyOf(mustFailed.getOrDefault(e, Set.of()));
            } else if (st == STAGE_SENIOR) {
                r = UnmatchedReason.NO_SENIOR_MENTOR;
            } else if (st == STAGE_ORGANIZATION) {
                r = UnmatchedReason.NO_MENTOR_IN_ORGANIZATION;
            } else if (st == STAGE_CONSENT) {
                r = UnmatchedReason.MENTORS_MISSING_CONSENT;
            } else {
                r = UnmatchedReason.NO_MENTOR_IN_BASE;
            }
            unmatched.add(unmatched(e, r, details));
        }
        unmatched.sort(java.util.Comparator.comparing(Unmatched::personId));

        // the windows and the output
        List<PairWindow> windows = new ArrayList<>();
        for (String org : poolOrganizations) {
            windows.add(new PairWindow(org, form, adoption.get(org), params.get(RuleParameters.PAIR_WINDOW_DAYS), start));
        }
        List<Suggestion> out = new ArrayList<>();
        int number = 1;
        for (int i = 0; i < fixed.size(); i++) {
            Preferences.FixedPair f = fixed.get(i);
            String org = pairOrganization(f, mentees);
            List<Finding> found = fixedFindings.getOrDefault(fixedId(i), List.of());
            Map<Language, List<String>> reasons = new EnumMap<>(Language.class);
            for (Language lang : Language.values()) {
                List<String> lines = new ArrayList<>();
                lines.add(lang == Language.RU ? "пара закреплена куратором вручную и сохранена без изменений"
                        : "fixed by the curator by hand and kept as it is");
                if (found.isEmpty()) {
                    lines.add(checked(lang));
                }
                found.forEach(fd -> lines.add((lang == Language.RU ? "правила: " : "rules: ") + fd.message(lang)));
                windowLine(adoption.get(org), lang).ifPresent(lines::add);
                reasons.put(lang, lines);
            }
            out.add(new Suggestion(number++, org, form, f.mentorId(), f.menteeIds(), start, true, reasons, found));
        }
        for (Group g : groups) {
            Map<Language, List<String>> reasons = new EnumMap<>(Language.class);
            for (Language lang : Language.values()) {
                reasons.put(lang, reasons(g, lang, adoption.get(g.organizationId)));
            }
            out.add(new Suggestion(number++, g.organizationId, form, g.mentor.person.id(),
                    g.mentees.stream().map(c -> c.person.id()).toList(), start, false, reasons, List.of()));
        }
        return new Suggestions(scope, form, asOf, start, out, unmatched, windows, List.copyOf(new TreeSet<>(rules)),
                engine.ruleSetVersion());
    }

    // ------------------------------------------------------------------ the pool

    private Map<String, LocalDate> adoptions() {
        Map<String, LocalDate> latest = new HashMap<>();
        for (FormAdoption a : s.formAdoptions()) {
            if (a.form() == form && !a.adoptedOn().isAfter(start)) {
                latest.merge(a.organizationId(), a.adoptedOn(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        return latest;
    }

    /** The organizations with a cooperation agreement in force on the start date, both ways. */
    private Map<String, Set<String>> partners() {
        Map<String, Set<String>> partners = new HashMap<>();
        for (Agreement a : s.agreements()) {
            if (a.inForceOn(start)) {
                partners.computeIfAbsent(a.organizationId(), k -> new TreeSet<>()).add(a.partnerId());
                partners.computeIfAbsent(a.partnerId(), k -> new TreeSet<>()).add(a.organizationId());
            }
        }
        return partners;
    }

    /** What a mentee can reach: the allowed pairs with their penalties, and the furthest stage a mentor reached. */
    private record Reach(int stage, Set<String> mustFailed, List<Edge> edges) {
    }

    private Reach reach(Candidate e, List<Candidate> kindMentors, List<Candidate> usable,
            Map<String, List<Candidate>> mentorsByOrganization, Map<String, Set<String>> partners) {
        int best = 0;
        if (kindMentors.stream().anyMatch(m -> !m.person.id().equals(e.person.id()))) {
            best = STAGE_CONSENT;
        }
        if (usable.stream().anyMatch(m -> !m.person.id().equals(e.person.id()))) {
            best = STAGE_ORGANIZATION;
        }
        Set<String> mustFailed = new TreeSet<>();
        List<Edge> list = new ArrayList<>();
        for (Candidate m : reachableMentors(e, mentorsByOrganization, partners)) {
            if (m.person.id().equals(e.person.id())) {
                continue;
            }
            int st;
            if (!senior(m, e)) {
                st = STAGE_SENIOR;
            } else {
                Set<String> failed = mustFailures(e, m);
                if (!failed.isEmpty()) {
                    mustFailed.addAll(failed);
                    st = STAGE_MUST;
                } else if (m.free == 0) {
                    st = STAGE_CAPACITY;
                } else {
                    st = STAGE_OK;
                    list.add(new Edge(e, m, cost(e, m)));
                }
            }
            best = Math.max(best, st);
        }
        return new Reach(best, mustFailed, list);
    }

    /** The mentors a mentee's pair may take: of the pair's organization, or (where the form allows) of a partner. */
    private List<Candidate> reachableMentors(Candidate e, Map<String, List<Candidate>> byOrganization,
            Map<String, Set<String>> partners) {
        List<Candidate> list = new ArrayList<>(byOrganization.getOrDefault(e.organizationId, List.of()));
        if (form != MentoringForm.STUDENT_STUDENT) {
            for (String partner : partners.getOrDefault(e.organizationId, Set.of())) {
                list.addAll(byOrganization.getOrDefault(partner, List.of()));
            }
            list.sort(java.util.Comparator.comparing(c -> c.person.id()));
        }
        return list;
    }

    private String pairOrganization(Preferences.FixedPair f, Map<String, Candidate> mentees) {
        for (String id : f.menteeIds()) {
            Candidate c = mentees.get(id);
            if (c != null) {
                return c.organizationId;
            }
        }
        return people.get(f.menteeIds().get(0)).organizationId();
    }

    /** Why a mentee cannot have any pair of the form, or null. */
    private UnmatchedReason menteeProblem(Candidate c, List<String> missing) {
        Person p = c.person;
        Organization org = organizations.get(c.organizationId);
        if (!form.suits(org.kind())) {
            return UnmatchedReason.FORM_NOT_FOR_ORGANIZATION;
        }
        if (!form.admitsMentee(p.kind())) {
            return UnmatchedReason.KIND_NOT_ADMITTED;
        }
        if (form == MentoringForm.STUDENT_STUDENT && !p.organizationId().equals(c.organizationId)) {
            return UnmatchedReason.OTHER_ORGANIZATION;
        }
        if (form.system() == MentoringSystem.STUDENTS && p.kind() == PersonKind.SCHOOL_STUDENT) {
            OptionalInt age = p.ageOn(start);
            if (age.isPresent() && age.getAsInt() < params.get(RuleParameters.MIN_MENTEE_AGE)) {
                return UnmatchedReason.UNDER_AGE;
            }
        }
        if (form.system() == MentoringSystem.TEACHERS && p.categories().contains(ParticipantCategory.YOUNG_SPECIALIST)) {
            boolean experience = p.experienceYears().isPresent()
                    && p.experienceYears().getAsInt() > params.get(RuleParameters.YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS);
            OptionalInt age = p.ageOn(start);
            boolean old = params.get(RuleParameters.YOUNG_SPECIALIST_MAX_AGE).isPresent() && age.isPresent()
                    && age.getAsInt() > params.get(RuleParameters.YOUNG_SPECIALIST_MAX_AGE).getAsInt();
            if (experience || old) {
                return UnmatchedReason.YOUNG_SPECIALIST_LIMITS;
            }
        }
        missing.addAll(missingConsents(p));
        return missing.isEmpty() ? null : UnmatchedReason.MISSING_CONSENT;
    }

    /** The consents a participant lacks on the start date: the minor's, the adult's own, the teacher system's. */
    private List<String> missingConsents(Person p) {
        List<String> missing = new ArrayList<>();
        List<Consent> given = consents.getOrDefault(p.id(), List.of());
        if (p.isMinorOn(start) && !has(given, ConsentKind.PERSONAL_DATA, ConsentGiver.LEGAL_REPRESENTATIVE)) {
            missing.add("PERSONAL_DATA_LEGAL_REPRESENTATIVE");
        }
        OptionalInt age = p.ageOn(start);
        boolean adult = age.isPresent() ? age.getAsInt() >= ADULT_AGE : PRESUMED_ADULTS.contains(p.kind());
        if (adult && !has(given, ConsentKind.PERSONAL_DATA, ConsentGiver.SELF)) {
            missing.add("PERSONAL_DATA_SELF");
        }
        if (form.system() == MentoringSystem.TEACHERS && !has(given, ConsentKind.EXTRA_DUTIES, null)) {
            missing.add("EXTRA_DUTIES");
        }
        return missing;
    }

    private boolean has(List<Consent> given, ConsentKind kind, ConsentGiver giver) {
        for (Consent c : given) {
            if (c.kind() == kind && (giver == null || c.givenBy() == giver) && c.inForceOn(start)) {
                return true;
            }
        }
        return false;
    }

    /** In «ученик – ученик» a student mentor is older and in a higher grade, each compared when known. */
    private boolean senior(Candidate mentor, Candidate mentee) {
        if (form != MentoringForm.STUDENT_STUDENT || mentor.person.kind() != PersonKind.SCHOOL_STUDENT
                || mentee.person.kind() != PersonKind.SCHOOL_STUDENT) {
            return true;
        }
        if (mentor.birthDate != null && mentee.birthDate != null && !mentor.birthDate.isBefore(mentee.birthDate)) {
            return false;
        }
        return !(mentor.grade >= 0 && mentee.grade >= 0 && mentor.grade <= mentee.grade);
    }

    // ------------------------------------------------------------------ preferences

    private static String norm(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }

    private int topicsPenalty(Candidate e, Candidate m) {
        if (e.topics.isEmpty()) {
            return 0;
        }
        int missing = 0;
        for (String t : e.topics.keySet()) {
            if (!m.topics.containsKey(t)) {
                missing++;
            }
        }
        return (int) Math.round(10.0 * missing / e.topics.size());
    }

    /** The gap's penalty 0..10, or -1 when it cannot be judged (a value unknown). */
    private int gapPenalty(Candidate e, Candidate m) {
        if (form.system() == MentoringSystem.STUDENTS) {
            if (m.grade < 0 || e.grade < 0 || m.person.kind() != e.person.kind()) {
                return -1;
            }
            int d = m.grade - e.grade;
            int off = d < prefs.minGradeGap() ? prefs.minGradeGap() - d : Math.max(0, d - prefs.maxGradeGap());
            return Math.min(10, 3 * off);
        }
        if (m.experience < 0 || e.experience < 0) {
            return -1;
        }
        int d = m.experience - e.experience;
        return Math.min(10, 2 * Math.max(0, prefs.minExperienceGap() - d));
    }

    private static boolean requested(Candidate e, Candidate m) {
        return e.requests.contains(m.person.id()) || m.requests.contains(e.person.id());
    }

    private int requestsPenalty(Candidate e, Candidate m) {
        if (requested(e, m)) {
            return 0;
        }
        return e.requests.isEmpty() && m.requests.isEmpty() ? 0 : 10;
    }

    /** The unit's penalty 0 or 10, or -1 when a unit is unknown. */
    private static int unitPenalty(Candidate e, Candidate m) {
        if (e.unit == null || m.unit == null) {
            return -1;
        }
        return e.unit.equals(m.unit) ? 0 : 10;
    }

    private Set<String> mustFailures(Candidate e, Candidate m) {
        if (!anyMust) {
            return Set.of();
        }
        Set<String> failed = new TreeSet<>();
        if (prefs.weight(Criterion.TOPICS) == Weight.MUST && !e.topics.isEmpty() && topicsPenalty(e, m) == 10) {
            failed.add(Criterion.TOPICS.name());
        }
        if (prefs.weight(Criterion.GAP) == Weight.MUST && gapPenalty(e, m) > 0) {
            failed.add(Criterion.GAP.name());
        }
        if (prefs.weight(Criterion.REQUESTS) == Weight.MUST && !e.requests.isEmpty() && !e.requests.contains(m.person.id())) {
            failed.add(Criterion.REQUESTS.name());
        }
        if (prefs.weight(Criterion.UNIT) == Weight.MUST && unitPenalty(e, m) > 0) {
            failed.add(Criterion.UNIT.name());
        }
        return failed;
    }

    private long cost(Candidate e, Candidate m) {
        return (long) topicsFactor * topicsPenalty(e, m)
                + (long) gapFactor * Math.max(0, gapPenalty(e, m))
                + (long) requestsFactor * requestsPenalty(e, m)
                + (long) unitFactor * Math.max(0, unitPenalty(e, m));
    }

    // ------------------------------------------------------------------ assignment and judgement

    /** A suggested pair or group: one mentor, the mentees, the organization that runs it. */
    private static final class Group {
        final String organizationId;
        final Candidate mentor;
        final List<Candidate> mentees = new ArrayList<>();
        String id;

        Group(String organizationId, Candidate mentor) {
            this.organizationId = organizationId;
            this.mentor = mentor;
        }
    }

    private static String key(Candidate mentee, Candidate mentor) {
        return mentee.person.id() + "\u0000" + mentor.person.id();
    }

    private List<Group> assign(List<Candidate> pool, Map<Candidate, List<Edge>> edges, Map<String, Set<String>> bannedEdges,
            Map<String, Set<String>> bannedMentors, Map<String, Integer> capacityCut, List<Candidate> mentors) {
        List<Edge> allowed = new ArrayList<>();
        int[] em = new int[16];
        int mentees = 0;
        for (Candidate e : pool) {
            boolean any = false;
            for (Edge edge : edges.get(e)) {
                Candidate m = edge.mentor;
                if ((!bannedEdges.isEmpty() && bannedEdges.containsKey(key(e, m)))
                        || (!bannedMentors.isEmpty() && bannedMentors.containsKey(m.person.id()))
                        || m.free - (capacityCut.isEmpty() ? 0 : capacityCut.getOrDefault(m.person.id(), 0)) <= 0) {
                    continue;
                }
                if (allowed.size() == em.length) {
                    em = java.util.Arrays.copyOf(em, 2 * em.length);
                }
                em[allowed.size()] = mentees;
                allowed.add(edge);
                any = true;
            }
            if (any) {
                mentees++;
            }
        }
        int n = allowed.size();
        em = java.util.Arrays.copyOf(em, n);
        int[] mm = new int[n];
        long[] cost = new long[n];
        for (int i = 0; i < n; i++) {
            mm[i] = allowed.get(i).mentor.index;
            cost[i] = allowed.get(i).cost;
        }
        long[][] slots = new long[mentors.size()][];
        int loadFactor = prefs.weight(Criterion.LOAD).factor();
        for (Candidate m : mentors) {
            int free = Math.max(0, m.free - capacityCut.getOrDefault(m.person.id(), 0));
            long[] s = new long[free];
            for (int k = 0; k < free; k++) {
                s[k] = 2L * loadFactor * (m.existing + k);
            }
            slots[m.index] = s;
        }
        int[] chosen = FlowAssignment.solve(mentees, mentors.size(), em, mm, cost, slots);
        Map<String, Group> groups = new TreeMap<>();
        for (int c : chosen) {
            if (c < 0) {
                continue;
            }
            Edge edge = allowed.get(c);
            String key = prefs.grouping() == Grouping.GROUPS
                    ? edge.mentee.organizationId + "\u0000" + edge.mentor.person.id()
                    : edge.mentee.organizationId + "\u0000" + edge.mentor.person.id() + "\u0000" + edge.mentee.person.id();
            groups.computeIfAbsent(key, k -> new Group(edge.mentee.organizationId, edge.mentor)).mentees.add(edge.mentee);
        }
        List<Group> list = new ArrayList<>(groups.values());
        for (Group g : list) {
            g.mentees.sort(java.util.Comparator.comparing(c -> c.person.id()));
        }
        return list;
    }

    /** What the engine found about one round's suggestions. */
    private static final class Judgement {
        final Map<String, Set<String>> edgeBans = new HashMap<>();
        final Map<String, Set<String>> mentorBans = new HashMap<>();
        final Map<String, Integer> capacityCuts = new HashMap<>();
        final Map<String, List<Finding>> fixedFindings = new HashMap<>();
        final Map<Group, Set<String>> rejectedGroups = new LinkedHashMap<>();

        boolean clean() {
            return edgeBans.isEmpty() && mentorBans.isEmpty() && capacityCuts.isEmpty();
        }
    }

    private static String fixedId(int i) {
        return "\u2063fixed-" + i;
    }

    private Judgement judge(List<Group> groups, List<Preferences.FixedPair> fixed, Map<String, Candidate> mentees) {
        Set<String> taken = new HashSet<>();
        s.mentorships().forEach(m -> taken.add(m.id()));
        List<Mentorship> added = new ArrayList<>();
        Map<String, Group> byId = new HashMap<>();
        for (int i = 0; i < fixed.size(); i++) {
            Preferences.FixedPair f = fixed.get(i);
            added.add(Mentorship.builder().id(fixedId(i)).organizationId(pairOrganization(f, mentees)).form(form)
                    .mentorId(f.mentorId()).menteeIds(f.menteeIds()).formedOn(start).build());
        }
        int n = 0;
        for (Group g : groups) {
            String id;
            do {
                id = "\u2063suggested-" + (++n);
            } while (taken.contains(id));
            g.id = id;
            byId.put(id, g);
            added.add(Mentorship.builder().id(id).organizationId(g.organizationId).form(form)
                    .mentorId(g.mentor.person.id()).menteeIds(g.mentees.stream().map(c -> c.person.id()).toList())
                    .formedOn(start).build());
        }
        Judgement j = new Judgement();
        if (added.isEmpty()) {
            return j;
        }
        if (neighbourhood == null) {
            neighbourhood = new Neighbourhood(s, people, organizations, consents);
        }
        List<List<Mentorship>> parts = partitions(added);
        List<List<Finding>> found = parts.size() == 1 ? List.of(findings(parts.get(0), true))
                : parts.parallelStream().map(part -> findings(part, true)).toList();
        Map<String, Group> byMentor = new HashMap<>();
        groups.forEach(g -> byMentor.put(g.mentor.person.id(), g));
        for (int k = 0; k < parts.size(); k++) {
            Set<String> baseline = null;
            for (Finding f : found.get(k)) {
                List<String> ms = f.subjectIds(SubjectType.MENTORSHIP);
                List<String> persons = f.subjectIds(SubjectType.PERSON);
                boolean aboutAdded = false;
                for (String mid : ms) {
                    if (mid.startsWith("\u2063fixed-")) {
                        j.fixedFindings.computeIfAbsent(mid, x -> new ArrayList<>()).add(f);
                        aboutAdded = true;
                        continue;
                    }
                    Group g = byId.get(mid);
                    if (g == null) {
                        continue;
                    }
                    aboutAdded = true;
                    j.rejectedGroups.computeIfAbsent(g, x -> new TreeSet<>()).add(f.ruleId());
                    boolean named = false;
                    for (Candidate c : g.mentees) {
                        if (persons.contains(c.person.id())) {
                            j.edgeBans.computeIfAbsent(key(c, g.mentor), x -> new TreeSet<>()).add(f.ruleId());
                            named = true;
                        }
                    }
                    if (!named) {
                        j.mentorBans.computeIfAbsent(g.mentor.person.id(), x -> new TreeSet<>()).add(f.ruleId());
                    }
                }
                if (!aboutAdded) {
                    for (String p : persons) {
                        Group g = byMentor.get(p);
                        if (g == null) {
                            continue;
                        }
                        if (baseline == null) {
                            // what the same records give without the new pairs: a finding there too is old
                            baseline = new HashSet<>();
                            for (Finding old : findings(parts.get(k), false)) {
                                baseline.add(old.key());
                            }
                        }
                        if (!baseline.contains(f.key())) {
                            j.capacityCuts.merge(p, 1, Integer::sum);
                            j.rejectedGroups.computeIfAbsent(g, x -> new TreeSet<>()).add(f.ruleId());
                        }
                    }
                }
            }
        }
        return j;
    }

    /**
     * The findings of the pair-level rules on the records that some new pairs touch.
     *
     * @param withAdded  whether with the new pairs, or without them (what was found before)
     */
    private List<Finding> findings(List<Mentorship> part, boolean withAdded) {
        return engine.check(neighbourhood.around(part, withAdded), start, pairRulesOnly).findings();
    }

    /**
     * Splits the new pairs into parts judged apart (in parallel): pairs that share a person are
     * in one part, so that whatever the rules count across a person's pairs (a mentor's load) is
     * seen whole; the parts gather by the organization of a pair, in the order of its id.
     */
    private static List<List<Mentorship>> partitions(List<Mentorship> added) {
        Map<String, Integer> owner = new HashMap<>();
        int[] parent = new int[added.size()];
        for (int i = 0; i < added.size(); i++) {
            parent[i] = i;
            Mentorship m = added.get(i);
            List<String> ids = new ArrayList<>(m.menteeIds());
            ids.add(m.mentorId());
            for (String id : ids) {
                Integer other = owner.putIfAbsent(id, i);
                if (other != null) {
                    parent[root(parent, i)] = root(parent, other);
                }
            }
        }
        Map<Integer, String> organizationOf = new HashMap<>();
        Map<String, List<Mentorship>> parts = new TreeMap<>();
        for (int i = 0; i < added.size(); i++) {
            String org = organizationOf.computeIfAbsent(root(parent, i), r -> added.get(r).organizationId());
            parts.computeIfAbsent(org, x -> new ArrayList<>()).add(added.get(i));
        }
        return List.copyOf(parts.values());
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /** After the last round: drops the groups still rejected, and checks again until nothing is found. */
    private List<Group> dropRejected(List<Group> groups, Judgement j, Map<Candidate, Set<String>> rejectedBy,
            List<Preferences.FixedPair> fixed, Map<String, Candidate> mentees) {
        List<Group> kept = new ArrayList<>(groups);
        Judgement current = j;
        while (!current.clean() && !kept.isEmpty()) {
            for (Map.Entry<Group, Set<String>> r : current.rejectedGroups.entrySet()) {
                kept.remove(r.getKey());
                for (Candidate c : r.getKey().mentees) {
                    rejectedBy.computeIfAbsent(c, k -> new TreeSet<>()).addAll(r.getValue());
                }
            }
            if (current.rejectedGroups.isEmpty()) {
                break;
            }
            current = judge(kept, fixed, mentees);
        }
        return kept;
    }

    // ------------------------------------------------------------------ words

    private Unmatched unmatched(Candidate c, UnmatchedReason r, List<String> details) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            if (r == UnmatchedReason.REJECTED_BY_RULES) {
                List<String> words = new ArrayList<>();
                for (String id : details) {
                    words.add(engine.rule(id).map(d -> d.description(lang)).orElse(id));
                }
                texts.put(lang, String.join("; ", words));
            } else {
                texts.put(lang, Texts.details(r, details, lang));
            }
        }
        return new Unmatched(c.person.id(), c.organizationId, r, details, texts);
    }

    private String checked(Language lang) {
        return lang == Language.RU ? "проверена правилами о составе пар (" + rules.size() + "): нарушений не найдено"
                : "checked against " + rules.size() + " pair-level rules: nothing found";
    }

    private java.util.Optional<String> windowLine(LocalDate adoptedOn, Language lang) {
        PairWindow w = new PairWindow("", form, adoptedOn, params.get(RuleParameters.PAIR_WINDOW_DAYS), start);
        return w.passed() || adoptedOn == null ? java.util.Optional.of(w.text(lang)) : java.util.Optional.empty();
    }

    private List<String> reasons(Group g, Language lang, LocalDate adoptedOn) {
        boolean ru = lang == Language.RU;
        List<String> lines = new ArrayList<>();
        for (Candidate e : g.mentees) {
            List<String> parts = new ArrayList<>();
            Candidate m = g.mentor;
            if (!e.topics.isEmpty()) {
                List<String> covered = new ArrayList<>();
                List<String> open = new ArrayList<>();
                e.topics.forEach((k, v) -> (m.topics.containsKey(k) ? covered : open).add(v));
                if (!covered.isEmpty()) {
                    parts.add((ru ? "наставник предлагает запрошенное: " : "the mentor offers what was asked for: ")
                            + String.join(", ", covered));
                }
                if (!open.isEmpty()) {
                    parts.add((ru ? "не покрыто: " : "not covered: ") + String.join(", ", open));
                }
            }
            if (gapPenalty(e, m) >= 0) {
                if (form.system() == MentoringSystem.STUDENTS) {
                    int d = m.person.grade().getAsInt() - e.person.grade().getAsInt();
                    parts.add(ru ? "наставник старше на " + d + " кл." : "grade gap " + d);
                } else {
                    int d = m.person.experienceYears().getAsInt() - e.person.experienceYears().getAsInt();
                    parts.add(ru ? "стаж наставника больше на " + d + " л." : "the mentor has " + d + " more years of experience");
                }
            }
            if (e.requests.contains(m.person.id())) {
                parts.add(ru ? "наставляемый просил этого наставника" : "the mentee asked for this mentor");
            }
            if (m.requests.contains(e.person.id())) {
                parts.add(ru ? "наставник просил этого наставляемого" : "the mentor asked for this mentee");
            }
            if (unitPenalty(e, m) == 0) {
                parts.add((ru ? "один класс или методическое объединение: " : "same class or department: ")
                        + e.person.unit().get());
            }
            if (parts.isEmpty()) {
                parts.add(ru ? "подходит по форме и правилам; предпочтений не указано"
                        : "fits the form and the rules; no preferences stated");
            }
            lines.add((g.mentees.size() > 1 ? e.person.id() + ": " : "") + String.join("; ", parts));
        }
        int total = g.mentor.existing + g.mentees.size();
        int cap = g.mentor.existing + g.mentor.free;
        lines.add(ru ? "у наставника будет наставляемых: " + total + " из " + cap
                : "the mentor will have " + total + " of " + cap + " mentees");
        lines.add(checked(lang));
        windowLine(adoptedOn, lang).ifPresent(lines::add);
        return lines;
    }
}
