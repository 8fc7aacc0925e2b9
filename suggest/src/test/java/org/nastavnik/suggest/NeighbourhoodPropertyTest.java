package org.nastavnik.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
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
 * The records some new pairs touch are enough for the rules that judge a pair at its formation:
 * on random pairs (fitting or not: any people, forms and organizations, mentors with pairs
 * already) the engine finds the same about them in the neighbourhood as in the whole snapshot.
 */
class NeighbourhoodPropertyTest {
    /** Capped at 2 mentees by the region, and at 1 for school s by its own layer. */
    private static final ComplianceEngine CAPPED = ComplianceEngine.forProfile(Profile.builder().region("31")
            .parameter("maxMenteesPerMentor", "2").organization("s").parameter("maxMenteesPerMentor", "1").build());
    private static final CheckOptions PAIR_RULES = CheckOptions.defaults()
            .withOnlyRules(Set.copyOf(PairSuggester.of(CAPPED).pairRules()));

    /** A municipality's seed and size, and how many new pairs. */
    private record Case(long seed, int schools, int pairs) {
    }

    private static Gen<Case> cases() {
        return Gens.of(d -> new Case(d.between(0L, Long.MAX_VALUE - 1), d.between(1, 4), d.between(1, 25)));
    }

    @Test
    void the_neighbourhood_should_give_the_same_findings_about_new_pairs() {
        Pbt.tries(30).forAll(cases()).checkAssert(c -> sameFindings(c.seed(), c.schools(), c.pairs()));
    }

    private static void sameFindings(long seed, int schools, int pairs) {
        // given: a municipality and random new pairs, some of them with the mentors of pairs already formed
        Snapshot snapshot = Pool.municipality(seed, schools, 40, 12);
        SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Person> people = snapshot.people();
        List<Organization> organizations = snapshot.organizations();
        List<Mentorship> added = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            String mentor = r.nextInt(4) == 0 && !snapshot.mentorships().isEmpty()
                    ? snapshot.mentorships().get(r.nextInt(snapshot.mentorships().size())).mentorId()
                    : people.get(r.nextInt(people.size())).id();
            Set<String> mentees = new LinkedHashSet<>();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                mentees.add(people.get(r.nextInt(people.size())).id());
            }
            added.add(Mentorship.builder().id("new-" + i)
                    .organizationId(organizations.get(r.nextInt(organizations.size())).id())
                    .form(r.nextBoolean() ? MentoringForm.TEACHER_TEACHER : MentoringForm.STUDENT_STUDENT)
                    .mentorId(mentor).menteeIds(mentees).formedOn(Pool.DAY).build());
        }
        Set<String> newPairs = added.stream().map(Mentorship::id).collect(Collectors.toSet());
        Set<String> theirPeople = new HashSet<>();
        added.forEach(m -> {
            theirPeople.add(m.mentorId());
            theirPeople.addAll(m.menteeIds());
        });

        // when
        Snapshot whole = ImmutableSnapshot.builder().from(snapshot).addAllMentorships(added).build();
        Snapshot part = new Neighbourhood(snapshot).around(added, true);

        // then
        List<String> inWhole = about(CAPPED.check(whole, Pool.DAY, PAIR_RULES).findings(), newPairs, theirPeople);
        List<String> inPart = about(CAPPED.check(part, Pool.DAY, PAIR_RULES).findings(), newPairs, theirPeople);
        assertEquals(inWhole, inPart);
        if (pairs <= 5) { // at most 20 people of at least 55, and those they are paired with already
            assertTrue(part.people().size() < whole.people().size(),
                    part.people().size() + " of " + whole.people().size() + " people");
        }
    }

    /** @return the findings about the new pairs or their people, as text, sorted */
    private static List<String> about(List<Finding> findings, Set<String> pairs, Set<String> people) {
        return findings.stream()
                .filter(f -> f.subjectIds(SubjectType.MENTORSHIP).stream().anyMatch(pairs::contains)
                        || f.subjectIds(SubjectType.PERSON).stream().anyMatch(people::contains))
                .map(Finding::toString).sorted().toList();
    }
}
