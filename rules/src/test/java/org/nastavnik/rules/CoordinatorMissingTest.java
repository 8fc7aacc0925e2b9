package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.MunicipalDutyFixtures.BELGOROD;
import static org.nastavnik.rules.MunicipalDutyFixtures.DONETSK;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.Snapshot;

/** COORDINATOR_MISSING: a municipal roadmap names the coordinator (municipal coordinator, mentoring centre). */
class CoordinatorMissingTest {

    private static final String RULE = "COORDINATOR_MISSING";

    private final ComplianceEngine engine = ComplianceEngine.federal();

    @Test
    void seed_000_donetsk_names_no_coordinator_and_is_reported_about_the_roadmap() {
        Snapshot s = MunicipalDutyFixtures.seed("000_b1a327a0c3acdb77.txt", "61", DONETSK).build();
        List<Finding> found = engine.check(s, date("01.12.2020")).findings(RULE);
        assertEquals(1, found.size());
        assertTrue(found.get(0).isAbout("seed-000"));
        assertEquals(Severity.NOTICE, found.get(0).severity());
        assertEquals("План seed-000 не называет координатора внедрения целевой модели на своей территории.",
                found.get(0).message(Language.RU));
    }

    @Test
    void seed_003_belgorod_names_its_municipal_coordinator() {
        // seed 003 row 2.2: «Определение ответственных лиц … (муниципального координатора, ответственных лиц-кураторов в ОО)»
        Snapshot s = MunicipalDutyFixtures.seed("003_13c3d7daf42f483a.txt", "31", BELGOROD).build();
        assertTrue(engine.check(s, date("10.03.2022")).findings(RULE).isEmpty());
    }

    @Test
    void seed_001_tashtagol_names_its_municipal_mentoring_centre() {
        // seed 001 row 1.1: «… взаимодействие с муниципальным наставническим центром (МНЦ) …»
        Snapshot s = MunicipalDutyFixtures.seed("001_7378df4a4936b2be.txt", "42", MunicipalDutyFixtures.TASHTAGOL).build();
        assertTrue(engine.check(s, date("01.10.2021")).findings(RULE).isEmpty());
    }
}
