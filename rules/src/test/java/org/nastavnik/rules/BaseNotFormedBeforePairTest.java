package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;

/** BASE_NOT_FORMED_BEFORE_PAIR: participants are in the base of mentors and mentees before their pair is formed. */
class BaseNotFormedBeforePairTest {

    private static final String RULE = "BASE_NOT_FORMED_BEFORE_PAIR";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static RegistryEntry entry(String person, ParticipantRole role, String on) {
        return RegistryEntry.builder().personId(person).organizationId("s1").role(role).includedOn(date(on)).build();
    }

    @Test
    void seed_001_rows_3_1_to_3_3_a_mentee_put_in_the_base_after_the_pair_was_formed_is_reported() {
        // seed 001: 3.1 «Формирование и актуализация базы наставляемых», 3.2 «Формирование базы наставников»,
        // then 3.3 «Формирование наставнических пар»; t2 joined the base a day after pair p1 was formed
        Snapshot s = Fixtures.school()
                .addRegistry(entry("t1", ParticipantRole.MENTOR, "01.09.2021"), entry("t2", ParticipantRole.MENTEE, "16.09.2021"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "15.09.2021")).build();
        List<Finding> found = engine.check(s, date("01.10.2021")).findings(RULE);
        assertEquals(List.of("t2"), found.stream().map(f -> f.subjects().get(2).id()).collect(Collectors.toList()));
        assertEquals("2021-09-15", found.get(0).evidence().get("formedOn"));
    }

    @Test
    void participants_in_the_base_on_the_day_of_formation_comply() {
        Snapshot s = Fixtures.school()
                .addRegistry(entry("t1", ParticipantRole.MENTOR, "01.09.2021"), entry("t2", ParticipantRole.MENTEE, "15.09.2021"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "15.09.2021")).build();
        assertTrue(engine.check(s, date("01.10.2021")).findings(RULE).isEmpty());
    }

    @Test
    void an_organization_that_keeps_no_base_in_the_data_is_not_judged_but_one_left_out_is() {
        Snapshot none = Fixtures.school().addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "15.09.2021")).build();
        assertTrue(engine.check(none, date("01.10.2021")).findings(RULE).isEmpty());
        Snapshot excluded = Fixtures.school()
                .addRegistry(RegistryEntry.builder().personId("t1").organizationId("s1").role(ParticipantRole.MENTOR)
                        .includedOn(date("01.09.2021")).excludedOn(date("10.09.2021")).build(),
                        entry("t2", ParticipantRole.MENTEE, "01.09.2021"))
                .addMentorships(Fixtures.pair("p1", "s1", "t1", List.of("t2"), "15.09.2021")).build();
        assertEquals(1, engine.check(excluded, date("01.10.2021")).findings(RULE).size());
    }
}
