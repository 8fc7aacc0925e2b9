package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;

/** The sources corrected in issue 21, and what would confirm each unconfirmed one. */
class RuleSourcesTest {

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private RuleDescriptor rule(String id) {
        return engine.rule(id).orElseThrow();
    }

    @Test
    void every_unconfirmed_rule_should_say_what_would_raise_it_to_verified_in_both_languages() {
        for (RuleDescriptor d : engine.rules()) {
            assertEquals(d.reliability().isUnconfirmed(), d.toVerify(Language.RU).isPresent(), d.id());
            assertEquals(d.reliability().isUnconfirmed(), d.toVerify(Language.EN).isPresent(), d.id());
        }
    }

    @Test
    void the_minors_consent_rule_should_not_rest_on_152_fz_art_9_part_6() {
        SourceRef s = rule("MINOR_PD_CONSENT_MISSING").source();
        assertTrue(s.clause().contains("ст. 9 ч. 1"), s.clause());
        assertTrue(s.clause().contains("семейному и гражданскому законодательству"), s.clause());
        assertFalse(s.clause().contains("общее правило"), s.clause());
    }

    @Test
    void young_specialists_0_to_3_years_should_come_from_the_teacher_teacher_form_description() {
        RuleDescriptor d = rule("YOUNG_SPECIALIST_MISCLASSIFIED");
        assertTrue(d.source().document().contains("МР-42/02"), d.source().toString());
        assertTrue(d.source().clause().contains("«учитель – учитель»"), d.source().clause());
        assertTrue(d.source().clause().contains("от 0 до 3 лет"), d.source().clause());
    }

    @Test
    void the_age_of_10_is_the_methodologys_aim_not_a_limit() {
        RuleDescriptor d = rule("MENTEE_UNDER_AGE");
        assertEquals(Severity.NOTICE, d.severity());
        assertEquals(Reliability.OPEN, d.reliability());
        assertTrue(d.source().clause().contains("не предел"), d.source().clause());
    }

    @Test
    void the_order_of_meetings_and_the_final_meeting_rest_on_seed_001_row_3_4_only() {
        for (String id : new String[] {"MEETING_ORDER", "COMPLETED_WITHOUT_FINAL"}) {
            RuleDescriptor d = rule(id);
            assertEquals(Severity.NOTICE, d.severity(), id);
            assertEquals(Reliability.SEED, d.reliability(), id);
            assertTrue(d.source().clause().startsWith("строка 3.4"), d.source().clause());
            assertTrue(d.source().clause().contains("подведение итогов работы в формате личной и групповой рефлексии"));
            assertTrue(d.severityNote(Language.RU).isPresent(), id);
        }
    }
}
