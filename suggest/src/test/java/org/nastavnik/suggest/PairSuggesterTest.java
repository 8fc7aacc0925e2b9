package org.nastavnik.suggest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Profile;

class PairSuggesterTest {
    private static final PairSuggester SUGGESTER = PairSuggester.of(ComplianceEngine.federal());
    private static final MentoringForm SS = MentoringForm.STUDENT_STUDENT;

    private static Pool base() {
        return new Pool().school("s").adopts("s", SS, Pool.YEAR);
    }

    private static Map<String, String> pairs(Suggestions s) {
        return s.suggestions().stream().flatMap(x -> x.menteeIds().stream().map(e -> Map.entry(e, x.mentorId())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void capacity_should_bound_the_mentees_and_the_rest_should_be_at_capacity() {
        // given two mentors of 1 and 2 places, four mentees
        Pool p = base().student("m1", "s", 9).student("m2", "s", 10).mentor("m1", "s", 1).mentor("m2", "s", 2);
        for (int i = 1; i <= 4; i++) {
            p.student("e" + i, "s", 6).mentee("e" + i, "s");
        }

        // when
        Suggestions s = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY, Preferences.defaults());

        // then
        assertEquals(3, pairs(s).size());
        assertEquals(1, s.unmatched().size());
        assertEquals(UnmatchedReason.ALL_AT_CAPACITY, s.unmatched().get(0).reason());
        assertEquals(2, pairs(s).values().stream().filter("m2"::equals).count());
    }

    @Test
    void each_mentee_left_out_should_have_its_own_reason() {
        // given: one without consent, one under age, one a mentor younger than every mentor... and a teacher for the student form
        Pool p = base().student("m1", "s", 8).mentor("m1", "s", 5)
                .person(org.nastavnik.model.Person.builder().id("noConsent").kind(org.nastavnik.model.PersonKind.SCHOOL_STUDENT)
                        .organizationId("s").grade(5).birthDate(LocalDate.of(2010, 1, 1)).build()).mentee("noConsent", "s")
                .student("young", "s", 2).mentee("young", "s")
                .student("senior", "s", 10).mentee("senior", "s")
                .teacher("teach", "s", 2).mentee("teach", "s")
                .student("ok", "s", 5).mentee("ok", "s");

        // when
        Suggestions s = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY, Preferences.defaults());

        // then
        Map<String, UnmatchedReason> reasons = s.unmatched().stream()
                .collect(Collectors.toMap(Unmatched::personId, Unmatched::reason));
        assertEquals(Map.of("noConsent", UnmatchedReason.MISSING_CONSENT, "young", UnmatchedReason.UNDER_AGE,
                "senior", UnmatchedReason.NO_SENIOR_MENTOR, "teach", UnmatchedReason.KIND_NOT_ADMITTED), reasons);
        assertEquals(Map.of("ok", "m1"), pairs(s));
        assertTrue(s.unmatched().stream().filter(u -> u.personId().equals("noConsent")).findFirst().orElseThrow()
                .text(Language.RU).contains("законного представителя"));
    }

    @Test
    void no_mentor_in_the_base_should_be_the_reason_when_the_base_has_none() {
        Pool p = base().student("e", "s", 5).mentee("e", "s");
        Suggestions s = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY, Preferences.defaults());
        assertEquals(UnmatchedReason.NO_MENTOR_IN_BASE, s.unmatched().get(0).reason());
    }

    @Test
    void topics_should_pick_the_mentor_offering_them_and_a_must_should_leave_the_mentee_out() {
        Pool p = base().student("a", "s", 9).mentor("a", "s", 1, "история").student("b", "s", 9).mentor("b", "s", 1, "математика")
                .student("e", "s", 6).mentee("e", "s", "математика").student("f", "s", 6).mentee("f", "s", "химия");

        Suggestions high = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY, Preferences.defaults());
        assertEquals("b", pairs(high).get("e"));
        assertEquals("a", pairs(high).get("f"));
        assertTrue(high.suggestions().stream().filter(x -> x.mentorId().equals("b")).findFirst().orElseThrow()
                .reasons(Language.RU).get(0).contains("математика"));

        Suggestions must = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY,
                Preferences.builder().weight(Criterion.TOPICS, Weight.MUST).build());
        assertEquals(Map.of("e", "b"), pairs(must));
        Unmatched f = must.unmatched().get(0);
        assertEquals(UnmatchedReason.NO_MENTOR_MEETS_MUST, f.reason());
        assertEquals(List.of("TOPICS"), f.details());
        assertTrue(f.text(Language.RU).contains("предметы и компетенции"), f.text(Language.RU));
    }

    @Test
    void load_should_spread_when_weighed_and_requests_should_be_honoured() {
        Pool p = base().student("a", "s", 9).mentor("a", "s", 3).student("b", "s", 9).mentor("b", "s", 3);
        for (int i = 1; i <= 4; i++) {
            p.student("e" + i, "s", 6).mentee("e" + i, "s");
        }
        Suggestions spread = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY, Preferences.defaults());
        assertEquals(2, pairs(spread).values().stream().filter("a"::equals).count());
        assertEquals(2, spread.suggestions().size(), "groups by default: one per mentor");

        Snapshot withRequest = ImmutableSnapshot.builder().from(p.snapshot()).addRegistry(RegistryEntry.builder()
                .personId("e1").organizationId("s").role(ParticipantRole.MENTEE).includedOn(Pool.YEAR)
                .addPartnerRequests("b").build()).build();
        Suggestions pairsOnly = SUGGESTER.suggest(withRequest, "s", SS, Pool.DAY,
                Preferences.builder().grouping(Grouping.PAIRS).build());
        assertEquals("b", pairs(pairsOnly).get("e1"));
        assertEquals(4, pairsOnly.suggestions().size());
    }

    @Test
    void the_same_input_in_another_order_should_give_the_same_suggestions() {
        Snapshot school = Pool.school(7, 150, 20);
        List<RegistryEntry> shuffled = new ArrayList<>(school.registry());
        Collections.shuffle(shuffled, new Random(3));
        Snapshot other = ImmutableSnapshot.builder().from(school).registry(shuffled).build();
        Suggestions a = SUGGESTER.suggest(school, "s", SS, Pool.DAY, Preferences.defaults());
        Suggestions b = SUGGESTER.suggest(other, "s", SS, Pool.DAY, Preferences.defaults());
        assertEquals(a.suggestions().toString(), b.suggestions().toString());
        assertEquals(a.unmatched().toString(), b.unmatched().toString());
        assertFalse(a.suggestions().isEmpty());
    }

    @Test
    void hand_fixed_pairs_should_be_kept_and_formed_pairs_left_alone() {
        Pool p = base().student("a", "s", 9).mentor("a", "s", 2).student("b", "s", 9).mentor("b", "s", 2)
                .student("e1", "s", 6).mentee("e1", "s").student("e2", "s", 6).mentee("e2", "s")
                .student("e3", "s", 6).mentee("e3", "s");
        p.b.addMentorships(Mentorship.builder().id("old").organizationId("s").form(SS).mentorId("a").addMenteeIds("e3")
                .formedOn(Pool.YEAR).build());
        Suggestions s = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY,
                Preferences.builder().fixedPair("b", "e1", "e2").build());
        assertEquals(1, s.suggestions().size());
        Suggestion fixed = s.suggestions().get(0);
        assertTrue(fixed.fixed());
        assertEquals(List.of("e1", "e2"), fixed.menteeIds());
        assertTrue(s.unmatched().isEmpty(), "e3 is already paired: " + s.unmatched());
    }

    @Test
    void an_organizations_own_cap_should_be_enforced_by_the_engine_not_the_filter() {
        // the profile caps school s at 1 mentee a mentor; the suggester only sees the territory's parameters
        ComplianceEngine engine = ComplianceEngine.forProfile(Profile.builder().region("31").organization("s")
                .parameter("maxMenteesPerMentor", "1").build());
        Pool p = base().student("a", "s", 9).mentor("a", "s", 3);
        for (int i = 1; i <= 3; i++) {
            p.student("e" + i, "s", 6).mentee("e" + i, "s");
        }
        Suggestions s = PairSuggester.of(engine).suggest(p.snapshot(), "s", SS, Pool.DAY, Preferences.defaults());
        assertEquals(1, pairs(s).size());
        assertEquals(2, s.unmatched().size());
    }

    @Test
    void the_window_should_say_when_it_has_passed() {
        Pool p = base().student("a", "s", 9).mentor("a", "s", 1).student("e", "s", 6).mentee("e", "s");
        Suggestions late = SUGGESTER.suggest(p.snapshot(), "s", SS, LocalDate.of(2022, 10, 1), Preferences.defaults());
        PairWindow w = late.window("s").orElseThrow();
        assertEquals(LocalDate.of(2022, 9, 15), w.closesOn().orElseThrow());
        assertTrue(w.passed());
        assertTrue(late.suggestions().get(0).reasons(Language.RU).stream().anyMatch(r -> r.contains("срок истёк")));
        Suggestions early = SUGGESTER.suggest(p.snapshot(), "s", SS, Pool.DAY, Preferences.defaults());
        assertFalse(early.window("s").orElseThrow().passed());
    }

    @Test
    void accepting_should_add_mentorships_to_a_new_snapshot_only() {
        Snapshot school = Pool.school(11, 120, 15);
        Suggestions s = SUGGESTER.suggest(school, "s", SS, Pool.DAY, Preferences.defaults());
        String before = school.toString();
        Snapshot next = s.acceptInto(school, Pool.DAY, org.nastavnik.model.DocumentRef.order("15-н", Pool.DAY));
        assertEquals(before, school.toString());
        assertEquals(school.mentorships().size() + s.suggestions().size(), next.mentorships().size());
        Suggestions again = SUGGESTER.suggest(next, "s", SS, Pool.DAY, Preferences.defaults());
        assertTrue(again.suggestions().isEmpty() || again.suggestions().stream()
                .noneMatch(x -> s.suggestions().stream().anyMatch(y -> y.menteeIds().containsAll(x.menteeIds()))));
    }

    @Test
    void bad_input_should_list_every_problem() {
        Snapshot school = base().snapshot();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SUGGESTER.suggest(school,
                Scope.organization("nope"), SS, Pool.DAY, Preferences.builder().fixedPair("ghost", "ghost").build()));
        assertTrue(e.getMessage().contains("organization (nope)"), e.getMessage());
        assertTrue(e.getMessage().contains("fixedPairs[0].mentorId (ghost)"), e.getMessage());
        assertTrue(e.getMessage().contains("is the mentor"), e.getMessage());
        IllegalArgumentException n = assertThrows(IllegalArgumentException.class,
                () -> SUGGESTER.suggest(null, (Scope) null, null, null, null));
        assertTrue(n.getMessage().contains("snapshot") && n.getMessage().contains("form"), n.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Preferences.builder().weight(Criterion.LOAD, Weight.MUST));
    }

    @Test
    void the_annex_should_read_in_russian_without_codes() throws Exception {
        Snapshot school = Pool.school(5, 150, 20);
        Suggestions s = SUGGESTER.suggest(school, "s", SS, LocalDate.of(2022, 11, 1), Preferences.defaults());
        Annex annex = Annex.of(s, school);
        String html = annex.html();
        assertTrue(html.contains("ученик – ученик") && html.contains("Наставник") && html.contains("01.11.2022"));
        assertFalse(html.matches("(?s).*\\b[A-Z]{2,}_[A-Z_]+\\b.*"), "a code in the Russian annex");
        String json = annex.json();
        assertTrue(json.contains("\"rows\"") && json.contains("\"unmatched\""));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        annex.xlsx(out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            assertEquals("Приложение", wb.getSheetAt(0).getSheetName());
            assertEquals(s.suggestions().size() + 2, wb.getSheetAt(0).getPhysicalNumberOfRows());
        }
        assertTrue(annex.in(Language.EN).html().contains("Mentor"));
    }

    @Test
    void a_municipality_should_match_outside_mentors_only_under_an_agreement() {
        Pool p = new Pool().school("s1").school("s2").adopts("s1", MentoringForm.TEACHER_TEACHER, Pool.YEAR)
                .teacher("young", "s1", 1).mentee("young", "s1").teacher("old", "s2", 20).mentor("old", "s2", 2);
        Suggestions none = SUGGESTER.suggest(p.snapshot(), Scope.municipality("Город"), MentoringForm.TEACHER_TEACHER,
                Pool.DAY, Preferences.defaults());
        assertEquals(UnmatchedReason.NO_MENTOR_IN_ORGANIZATION, none.unmatched().get(0).reason());
        p.b.addAgreements(org.nastavnik.model.Agreement.builder().id("a").organizationId("s1").partnerId("s2")
                .signedOn(Pool.YEAR.minusDays(10)).build());
        Suggestions some = SUGGESTER.suggest(p.snapshot(), Scope.municipality("Город"), MentoringForm.TEACHER_TEACHER,
                Pool.DAY, Preferences.defaults());
        assertEquals(Map.of("young", "old"), pairs(some));
        assertEquals("s1", some.suggestions().get(0).organizationId());
    }
}
