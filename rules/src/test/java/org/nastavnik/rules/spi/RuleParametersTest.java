package org.nastavnik.rules.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.MonthDay;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RuleParametersTest {

    @Test
    void should_have_the_federal_defaults() {
        RuleParameters p = RuleParameters.federal();
        assertEquals(14, p.pairWindowDays());
        assertEquals(25, p.monitoringDayOfMonth());
        assertEquals(MonthDay.of(10, 1), p.listRefreshBy());
        assertEquals(10, p.minMenteeAge());
        assertEquals(3, p.youngSpecialistMaxExperienceYears());
        assertEquals(OptionalInt.empty(), p.youngSpecialistMaxAge());
        assertEquals(3, p.programmeMinMonths());
        assertEquals(12, p.programmeMaxMonths());
        assertEquals(0, p.graceDays());
        assertEquals(OptionalInt.empty(), p.maxMenteesPerMentor());
    }

    @Test
    void should_read_values_as_a_profile_writes_them() {
        RuleParameters p = RuleParameters.builder().set("pairWindowDays", "10").set("maxMenteesPerMentor", "3")
                .set("listRefreshBy", "--09-15").build();
        assertEquals(10, p.pairWindowDays());
        assertEquals(OptionalInt.of(3), p.maxMenteesPerMentor());
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
                () -> RuleParameters.builder().programmeMinMonths(13).build());
        assertEquals("rule parameter programmeMinMonths (13) is above programmeMaxMonths (12)", crossed.getMessage());
    }
}
