package org.nastavnik.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;
import org.nastavnik.pbt.Gens;
import org.nastavnik.pbt.Pbt;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.SubjectType;
import org.quicktheories.core.Gen;

/**
 * Over generated schools and municipalities with planted defects, a check of the whole snapshot
 * never flags a suggestion, and every mentee is accounted for.
 */
class SuggestionsPropertyTest {
    private static final ComplianceEngine FEDERAL = ComplianceEngine.federal();
    /** Capped at 2 mentees by the region, and at 1 for school s by its own layer, which the cheap filter cannot see. */
    private static final ComplianceEngine CAPPED = ComplianceEngine.forProfile(Profile.builder().region("31")
            .parameter("maxMenteesPerMentor", "2").organization("s").parameter("maxMenteesPerMentor", "1").build());

    /** A generated territory: its seed, the engine (capped or federal), the form, its size. */
    private record Case(long seed, boolean capped, boolean teachers, int schools, int students) {
        ComplianceEngine engine() {
            return capped ? CAPPED : FEDERAL;
        }

        MentoringForm form() {
            return teachers ? MentoringForm.TEACHER_TEACHER : MentoringForm.STUDENT_STUDENT;
        }
    }

    private static Gen<Case> cases(int maxSchools, int minStudents, int maxStudents) {
        return Gens.of(d -> new Case(d.between(0L, Long.MAX_VALUE - 1), d.maybe(), d.maybe(), d.between(2, maxSchools),
                d.between(minStudents, maxStudents)));
    }

    @Test
    void the_engine_should_flag_no_suggestion() {
        Pbt.tries(40).forAll(cases(2, 20, 250)).checkAssert(c -> suggestAndCheck(c.engine(),
                Pool.school(c.seed(), c.students(), 10 + c.students() / 10), Scope.organization("s"), c.form()));
    }

    /**
     * A municipality is judged in parts, each on the records its pairs touch, in parallel: still no
     * suggestion is flagged by a check of the whole snapshot — teachers mentoring across schools
     * under agreements, and the mentors of school s capped at 1 by its own layer wherever they mentor.
     */
    @Test
    void the_engine_should_flag_no_suggestion_across_a_municipality() {
        Pbt.tries(15).forAll(cases(5, 20, 80)).checkAssert(c -> suggestAndCheck(c.engine(),
                Pool.municipality(c.seed(), c.schools(), c.students(), 10 + c.students() / 5),
                Scope.municipality("Город"), c.form()));
    }

    private static void suggestAndCheck(ComplianceEngine engine, Snapshot school, Scope scope, MentoringForm form) {
        // when
        PairSuggester suggester = PairSuggester.of(engine);
        Suggestions s = suggester.suggest(school, scope, form, Pool.DAY, Preferences.defaults());
        Snapshot accepted = s.acceptInto(school, s.startOn());

        // then: nothing the pair-level rules find in the whole snapshot is about a new pair or is new about a mentor
        Set<String> added = accepted.mentorships().stream().map(Mentorship::id).collect(Collectors.toSet());
        school.mentorships().forEach(m -> added.remove(m.id()));
        CheckOptions only = CheckOptions.defaults().withOnlyRules(Set.copyOf(suggester.pairRules()));
        Set<String> before = engine.check(school, s.startOn(), only).findings().stream().map(Finding::key)
                .collect(Collectors.toSet());
        for (Finding f : engine.check(accepted, s.startOn(), only).findings()) {
            boolean aboutNew = f.subjectIds(SubjectType.MENTORSHIP).stream().anyMatch(added::contains);
            boolean aboutNoPair = f.subjectIds(SubjectType.MENTORSHIP).isEmpty();
            assertTrue(!aboutNew && (!aboutNoPair || before.contains(f.key())),
                    "the engine flags a suggestion: " + f + " in " + s.suggestions());
        }
        // every mentee of the pool is suggested or unmatched, once
        Map<String, Integer> seen = new HashMap<>();
        s.suggestions().forEach(x -> x.menteeIds().forEach(id -> seen.merge(id, 1, Integer::sum)));
        s.unmatched().forEach(u -> seen.merge(u.personId(), 1, Integer::sum));
        seen.forEach((id, n) -> assertEquals(1, n, id + " is listed " + n + " times"));
        assertTrue(s.suggestions().stream().noneMatch(x -> x.menteeIds().contains(x.mentorId())));
        Set<String> distinct = new HashSet<>();
        s.suggestions().forEach(x -> x.menteeIds().forEach(distinct::add));
        assertEquals(distinct.size(), s.suggestions().stream().mapToInt(x -> x.menteeIds().size()).sum());
        // every reason reads as words
        s.unmatched().forEach(u -> assertTrue(!u.text(org.nastavnik.common.Language.RU).matches(".*[A-Z]{3,}_[A-Z]+.*"),
                u.text(org.nastavnik.common.Language.RU)));
    }
}
