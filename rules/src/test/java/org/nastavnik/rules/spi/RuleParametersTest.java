package org.nastavnik.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.spi.RuleParameters.GRACE_DAYS;
import static org.nastavnik.rules.spi.RuleParameters.LIST_REFRESH_BY;
import static org.nastavnik.rules.spi.RuleParameters.MAX_MENTEES_PER_MENTOR;
import static org.nastavnik.rules.spi.RuleParameters.MIN_MENTEE_AGE;
import static org.nastavnik.rules.spi.RuleParameters.MONITORING_DAY_OF_MONTH;
import static org.nastavnik.rules.spi.RuleParameters.PAIR_WINDOW_DAYS;
import static org.nastavnik.rules.spi.RuleParameters.PROGRAMME_MAX_MONTHS;
import static org.nastavnik.rules.spi.RuleParameters.PROGRAMME_MIN_MONTHS;
import static org.nastavnik.rules.spi.RuleParameters.YOUNG_SPECIALIST_MAX_AGE;
import static org.nastavnik.rules.spi.RuleParameters.YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS;

import java.time.MonthDay;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;

class RuleParametersTest {

    @Test
    void should_have_the_federal_defaults() {
        RuleParameters p = RuleParameters.federal();
        assertEquals(14, p.get(PAIR_WINDOW_DAYS));
        assertEquals(25, p.get(MONITORING_DAY_OF_MONTH));
        assertEquals(MonthDay.of(10, 1), p.get(LIST_REFRESH_BY));
        assertEquals(10, p.get(MIN_MENTEE_AGE));
        assertEquals(3, p.get(YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS));
        assertEquals(OptionalInt.empty(), p.get(YOUNG_SPECIALIST_MAX_AGE));
        assertEquals(3, p.get(PROGRAMME_MIN_MONTHS));
        assertEquals(12, p.get(PROGRAMME_MAX_MONTHS));
        assertEquals(0, p.get(GRACE_DAYS));
        assertEquals(OptionalInt.empty(), p.get(MAX_MENTEES_PER_MENTOR));
    }

    @Test
    void should_read_values_as_a_profile_writes_them() {
        RuleParameters p = RuleParameters.builder().set("pairWindowDays", "10").set("maxMenteesPerMentor", "3")
                .set("listRefreshBy", "--09-15").build();
        assertEquals(10, p.get(PAIR_WINDOW_DAYS));
        assertEquals(OptionalInt.of(3), p.get(MAX_MENTEES_PER_MENTOR));
        assertEquals("--09-15", p.text("listRefreshBy"));
    }

    @Test
    void should_name_key_value_and_range_of_a_bad_value() {
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> RuleParameters.builder().set("pairWindowDays", "0"));
        assertEquals("rule parameter pairWindowDays is out of range (0); allowed: 1..365", range.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> RuleParameters.builder().set("monitoringDayOfMonth", "twenty"));
        assertEquals("rule parameter monitoringDayOfMonth has an unreadable value (twenty); allowed: 1..28", text.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RuleParameters.builder().set("pairWindow", "3"));
        assertEquals(true, unknown.getMessage().startsWith("unknown rule parameter (pairWindow); known: [pairWindowDays,"));
        IllegalArgumentException crossed = assertThrows(IllegalArgumentException.class,
                () -> RuleParameters.builder().set(PROGRAMME_MIN_MONTHS, 13).build());
        assertEquals("rule parameter programmeMinMonths (13) is above programmeMaxMonths (12)", crossed.getMessage());
    }

    /** A pack's own parameter, declared as a pack would. */
    private static final Parameter<Integer> ORDER_DAYS = Parameter.ofInt("ordersWithinDays", 7, 1, 30,
            Parameter.WeakerWhen.HIGHER, "Срок приказа, дней", "Days for the order");

    @Test
    void should_declare_each_federal_parameter_once_with_everything_a_reader_needs() {
        List<Parameter<?>> all = RuleParameters.federalParameters();
        assertEquals(16, all.size());
        assertEquals(all, RuleParameters.federal().declared());
        assertEquals(all.size(), all.stream().map(Parameter::key).distinct().count(), "keys are unique");
        for (Parameter<?> p : all) {
            assertFalse(p.meaning(Language.RU).isBlank(), p.key());
            assertFalse(p.meaning(Language.EN).isBlank(), p.key());
            assertSame(p, RuleParameters.federal().declared(p.key()).orElseThrow());
            assertEquals(p.defaultText(), RuleParameters.federal().text(p.key()));
        }
        assertEquals("none or 1..50", MAX_MENTEES_PER_MENTOR.allowed());
        assertEquals("none", MAX_MENTEES_PER_MENTOR.defaultText());
    }

    @Test
    void should_compare_values_the_way_each_parameter_declares_weaker() {
        RuleParameters longer = RuleParameters.builder().set(PAIR_WINDOW_DAYS, 20).build();
        RuleParameters younger = RuleParameters.builder().set(MIN_MENTEE_AGE, 8).build();
        RuleParameters capped = RuleParameters.builder().set(MAX_MENTEES_PER_MENTOR, OptionalInt.of(5)).build();
        assertTrue(longer.isWeakerThan("pairWindowDays", RuleParameters.federal()));
        assertFalse(RuleParameters.federal().isWeakerThan("pairWindowDays", longer));
        assertTrue(younger.isWeakerThan("minMenteeAge", RuleParameters.federal()), "a lower minimum age is weaker");
        assertTrue(RuleParameters.federal().isWeakerThan("maxMenteesPerMentor", capped), "none, no cap, is weakest");
    }

    @Test
    void should_hold_a_packs_parameter_typed_with_its_default_until_set() {
        // given
        RuleParameters declared = RuleParameters.builder().declare(List.of(ORDER_DAYS)).build();
        // when
        RuleParameters set = declared.toBuilder().set("ordersWithinDays", "3").build();
        // then
        assertEquals(7, RuleParameters.federal().get(ORDER_DAYS), "undeclared: the pack's default");
        assertEquals(7, declared.get(ORDER_DAYS));
        assertEquals(3, set.get(ORDER_DAYS));
        assertEquals(3, set.getInt(ORDER_DAYS));
        assertEquals("3", set.asText().get("ordersWithinDays"));
        assertTrue(declared.isFederal(), "every value is its default");
        assertFalse(set.isFederal());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> declared.toBuilder().set("ordersWithinDays", "31"));
        assertEquals("rule parameter ordersWithinDays is out of range (31); allowed: 1..30", range.getMessage());
    }

    @Test
    void should_refuse_two_declarations_of_one_key() {
        Parameter<Integer> twin = Parameter.ofInt("pairWindowDays", 10, 1, 30, Parameter.WeakerWhen.HIGHER, "а", "a");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleParameters.builder().declare(List.of(twin)));
        assertTrue(e.getMessage().startsWith("rule parameter pairWindowDays is declared twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RuleParameters.federal().get(twin));
    }

    @Test
    void should_refuse_a_declaration_with_a_bad_key_a_blank_meaning_or_a_default_out_of_range() {
        assertThrows(IllegalArgumentException.class,
                () -> Parameter.ofInt("Pair window", 1, 1, 2, Parameter.WeakerWhen.HIGHER, "а", "a"));
        assertThrows(IllegalArgumentException.class,
                () -> Parameter.ofInt("days", 1, 1, 2, Parameter.WeakerWhen.HIGHER, " ", "a"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Parameter.ofInt("days", 5, 1, 2, Parameter.WeakerWhen.HIGHER, "а", "a"));
        assertEquals("rule parameter days is out of range (5); allowed: 1..2", e.getMessage());
    }
}
