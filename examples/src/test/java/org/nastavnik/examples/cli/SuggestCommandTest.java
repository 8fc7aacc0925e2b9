package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.Consent;
import org.nastavnik.model.ConsentGiver;
import org.nastavnik.model.ConsentKind;
import org.nastavnik.model.FormAdoption;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Person;
import org.nastavnik.model.PersonKind;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.suggest.PairSuggester;
import org.nastavnik.suggest.Preferences;
import org.nastavnik.suggest.Suggestions;

/** {@code suggest}: the annex as JSON equals the library's suggestions, the workbook reads back, bad options are refused. */
class SuggestCommandTest {
    private static final LocalDate YEAR = LocalDate.of(2022, 9, 1);
    private static final LocalDate DAY = LocalDate.of(2022, 9, 10);

    @TempDir
    static Path dir;
    static Path file;
    static Suggestions expected;

    @BeforeAll
    static void write() throws Exception {
        // one school with the student form: two mentors of 1 place, three mentees, one of them without consent
        ImmutableSnapshot.Builder b = Snapshot.builder().asOf(DAY).territory(Territory.municipality("31", "Город"))
                .addOrganizations(Organization.builder().id("s").name("Школа № 1").kind(OrganizationKind.SCHOOL)
                        .region(RegionCode.of("31")).municipality("Город").build())
                .addFormAdoptions(FormAdoption.builder().organizationId("s").form(MentoringForm.STUDENT_STUDENT)
                        .adoptedOn(YEAR).build());
        student(b, "m1", 9, true);
        student(b, "m2", 10, true);
        student(b, "e1", 6, true);
        student(b, "e2", 6, true);
        student(b, "e3", 5, false);
        for (String m : new String[] {"m1", "m2"}) {
            b.addRegistry(RegistryEntry.builder().personId(m).organizationId("s").role(ParticipantRole.MENTOR)
                    .includedOn(YEAR).capacity(1).build());
        }
        for (String e : new String[] {"e1", "e2", "e3"}) {
            b.addRegistry(RegistryEntry.builder().personId(e).organizationId("s").role(ParticipantRole.MENTEE)
                    .includedOn(YEAR).build());
        }
        Snapshot s = b.build();
        file = dir.resolve("school.json");
        Files.writeString(file, JsonDocument.SNAPSHOT.write(s), StandardCharsets.UTF_8);
        expected = PairSuggester.of(ComplianceEngine.federal()).suggest(s, "s", MentoringForm.STUDENT_STUDENT, DAY,
                Preferences.defaults());
    }

    private static void student(ImmutableSnapshot.Builder b, String id, int grade, boolean consent) {
        b.addPeople(Person.builder().id(id).fullName("Ученик " + id).kind(PersonKind.SCHOOL_STUDENT)
                .organizationId("s").grade(grade).birthDate(LocalDate.of(2015 - grade, 3, 1)).build());
        if (consent) {
            b.addConsents(Consent.builder().personId(id).kind(ConsentKind.PERSONAL_DATA)
                    .givenBy(ConsentGiver.LEGAL_REPRESENTATIVE).givenOn(YEAR.minusDays(20)).build());
        }
    }

    @Test
    void json_should_list_the_pairs_the_library_suggests_and_name_people_by_id() throws Exception {
        Run r = Run.of("suggest", file.toString(), "--organization", "s", "--form", "student_student",
                "--as-of", "10.09.2022", "--format", "json");
        assertEquals(Cli.OK, r.exitCode(), r.err());
        JsonNode annex = new ObjectMapper().readTree(r.out());
        assertEquals(2, expected.suggestions().size(), "the fixture itself: two mentors of one place");
        assertEquals(expected.suggestions().size(), annex.get("rows").size());
        assertEquals(expected.unmatched().size(), annex.get("unmatched").size());
        assertEquals("e3", annex.get("unmatched").get(0).get("mentee").asText());
        assertFalse(r.out().contains("Ученик"), "no full names unless --names");
        assertTrue(annex.get("rows").get(0).get("mentor").asText().matches("m[12]"), r.out());
    }

    @Test
    void names_and_workbook_should_be_written_when_asked() throws Exception {
        Run named = Run.of("suggest", file.toString(), "--organization", "s", "--form", "STUDENT_STUDENT",
                "--as-of", "2022-09-10", "--format", "json", "--names");
        assertEquals(Cli.OK, named.exitCode(), named.err());
        assertTrue(named.out().contains("Ученик m1") || named.out().contains("Ученик m2"), named.out());

        Path out = dir.resolve("annex.xlsx");
        Run r = Run.of("suggest", file.toString(), "--organization", "s", "--form", "STUDENT_STUDENT",
                "--as-of", "2022-09-10", "--format", "xlsx", "--output", out.toString());
        assertEquals(Cli.OK, r.exitCode(), r.err());
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getNumberOfSheets() >= 1);
            assertTrue(wb.getSheetAt(0).getLastRowNum() >= expected.suggestions().size(),
                    "a header and a row per suggested pair");
        }
    }

    @Test
    void bad_options_should_get_one_line_naming_the_option_and_the_value() {
        Run form = Run.of("suggest", file.toString(), "--organization", "s", "--form", "PUPIL_PUPIL",
                "--as-of", "2022-09-10");
        assertEquals(Cli.BAD_INPUT, form.exitCode());
        assertTrue(form.oneLineError().contains("PUPIL_PUPIL"), form.err());

        Run both = Run.of("suggest", file.toString(), "--organization", "s", "--municipality", "Город",
                "--form", "STUDENT_STUDENT", "--as-of", "2022-09-10");
        assertEquals(Cli.BAD_INPUT, both.exitCode());
        assertTrue(both.oneLineError().contains("--organization"), both.err());

        Run xlsx = Run.of("suggest", file.toString(), "--organization", "s", "--form", "STUDENT_STUDENT",
                "--as-of", "2022-09-10", "--format", "xlsx");
        assertEquals(Cli.BAD_INPUT, xlsx.exitCode());
        assertTrue(xlsx.oneLineError().contains("--output"), xlsx.err());

        Run unknown = Run.of("suggest", file.toString(), "--organization", "nobody", "--form", "STUDENT_STUDENT",
                "--as-of", "2022-09-10");
        assertEquals(Cli.BAD_INPUT, unknown.exitCode(), unknown.out());
        assertTrue(unknown.oneLineError().contains("nobody"), unknown.err());
    }
}
