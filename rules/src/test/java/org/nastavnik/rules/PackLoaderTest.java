package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.spi.RulePack;

/** Reading a pack's description and checking its rule names, without regular expressions or streams. */
class PackLoaderTest {

    @Test
    void should_accept_as_rule_ids_only_upper_case_letters_digits_and_underscores_after_a_letter() {
        for (String id : List.of("A", "PAIR_FORMED_LATE", "R2_X", "A_", "Z9")) {
            assertTrue(PackLoader.isRuleId(id), id);
        }
        for (String name : List.of("", "pair", "Pair", "_A", "1A", "A-B", "A B", "AÄ", "Ä", "A.B", "PAIR_formed")) {
            assertFalse(PackLoader.isRuleId(name), name);
        }
    }

    @Test
    void should_trim_the_packages_of_a_pack_description_and_drop_empty_ones() {
        RulePack pack = RulePack.fromProperties("org/nastavnik/rules/spaced/pack.properties",
                getClass().getClassLoader());
        assertEquals(List.of("org.nastavnik.rules.regions.r31", "org.nastavnik.rules.regions.r23"), pack.packages());
        assertEquals(List.of("org.nastavnik.rules.regions.r23", "org.nastavnik.rules.regions.r31"),
                PackLoader.readIndex(pack).stream().map(n -> n.substring(0, n.lastIndexOf('.'))).sorted().toList());
    }
}
