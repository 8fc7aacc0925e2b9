package org.nastavnik.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.SubjectType;

/** Over generated schools with planted defects, the engine never flags a suggestion, and every mentee is accounted for. */
class SuggestionsPropertyTest {
    private static final ComplianceEngine FEDERAL = ComplianceEngine.federal();
    /** Capped at 2 mentees by the region, and at 1 for school s by its own layer, which the cheap filter cannot see. */
    private static final ComplianceEngine CAPPED = ComplianceEngine.forProfile(Profile.builder().region("31")
            .parameter("maxMenteesPerMentor", "2").organization("s").parameter("maxMenteesPerMentor", "1").build());

    @Test
    void the_engine_should_flag_no_suggestion() {
        // QuickTheories, fixed seed (printed on failure with the smallest counterexample)
        qt().withFixedSeed(20251202L).withExamples(40)
                .forAll(longs().all(), booleans().all(), booleans().all(), integers().between(20, 250))
                .checkAssert(this::no_suggestion_is_flagged);
    }

    private void no_suggestion_is_flagged(long seed, boolean capped, boolean teachers, int students) {
        // given
        ComplianceEngine engine = capped ? CAPPED : FEDERAL;
        MentoringForm form = teachers ? MentoringForm.TEACHER_TEACHER : MentoringForm.STUDENT_STUDENT;
        Snapshot school = Pool.school(seed, students, 10 + students / 10);
        PairSuggester suggester = PairSuggester.of(engine);

        // when
        Suggestions s = suggester.suggest(school, "s", form, Pool.DAY, Preferences.defaults());
        Snapshot accepted = s.acceptInto(school, s.startOn());

        // then: nothing the pair-level rules find is about a new pair or is new about a mentor
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
