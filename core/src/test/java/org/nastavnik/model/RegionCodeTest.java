package org.nastavnik.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"01", "31", "42", "99", "09", "10"})
    void should_accept_two_ascii_digits_from_01_to_99(String code) {
        // when
        RegionCode region = RegionCode.of(code);

        // then
        assertEquals(code, region.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"00", "1", "123", "", "3a", "a3", " 3", "3 ", "-1", "\u0663\u0663", "３１"})
    void should_refuse_anything_but_two_ascii_digits_from_01_to_99(String code) {
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RegionCode.of(code));

        // then
        assertEquals("region code (" + code + ") must be two digits from 01 to 99, such as 31 for the Belgorod region",
                e.getMessage());
    }
}
