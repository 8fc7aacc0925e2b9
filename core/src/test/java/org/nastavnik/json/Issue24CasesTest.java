package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.json.JsonErrorsTest.at;
import static org.nastavnik.json.JsonErrorsTest.fullSnapshotWith;
import static org.nastavnik.json.JsonErrorsTest.problemsReading;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;
import org.nastavnik.common.Limits;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.deadline.Unrecognized;
import org.nastavnik.model.Fixtures;
import org.nastavnik.model.Problem;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.model.ValidationException;
import org.nastavnik.roadmap.FindingCode;
import org.nastavnik.roadmap.ImportResult;
import org.nastavnik.roadmap.ReadOptions;
import org.nastavnik.roadmap.RoadmapReader;

/** Issue 24 («accepted means bounded»): the cases of the model, its JSON and the deadlines, one test each. */
class Issue24CasesTest {
    private static final String DATE_LIMIT = "must be from 1900-01-01 to 2200-12-31";

    @Test
    void case1_a_form_adoption_dated_minus_999999999_is_refused_when_read() {
        String json = fullSnapshotWith(root -> at(root, "formAdoptions", 0).put("adoptedOn", "-999999999-01-01"));
        assertEquals(List.of(Problem.of("formAdoptions[0].adoptedOn", "-999999999-01-01", DATE_LIMIT)),
                problemsReading(json));
    }

    @Test
    void case2_a_target_percent_with_a_huge_exponent_is_refused_with_a_short_value() throws Exception {
        for (String number : new String[] {"1e-999999999", "1e999999999"}) {
            String json = fullSnapshotWith(root -> at(root, "targetIndicators", 0).put("targetPercent", 0))
                    .replaceFirst("\"targetPercent\" : 0", "\"targetPercent\" : " + number)
                    .replaceFirst("\"targetPercent\": 0", "\"targetPercent\": " + number);
            List<Problem> problems = problemsReading(json);
            assertEquals(1, problems.size(), problems::toString);
            assertEquals("targetIndicators[0].targetPercent", problems.get(0).path());
            assertTrue(problems.get(0).value().length() <= 20, problems.get(0)::toString);
        }
    }

    @Test
    void case2_a_percent_beyond_100_or_with_too_many_decimals_is_refused() {
        assertEquals("must be from 0 to 100", Limits.percentProblem(new java.math.BigDecimal("100.0001")));
        assertEquals("must have at most 6 decimal places", Limits.percentProblem(new java.math.BigDecimal("1e-7")));
        assertEquals(null, Limits.percentProblem(new java.math.BigDecimal("70.5000000000")));
        assertEquals("1E-999999999", Limits.shown(new java.math.BigDecimal("1e-999999999")));
    }

    @Test
    void case3_a_roadmap_period_to_plus_999999999_and_dates_near_the_maximum_are_refused() {
        String json = fullSnapshotWith(root -> {
            ObjectNode period = (ObjectNode) at(root, "roadmaps", 0).get("period");
            period.put("endInclusive", "+999999999-12-31");
            at(root, "meetings", 0).put("date", LocalDate.MAX.minusDays(1).toString());
        });
        List<Problem> problems = problemsReading(json);
        assertTrue(problems.contains(Problem.of("roadmaps[0].period.endInclusive", "+999999999-12-31", DATE_LIMIT)),
                problems::toString);
        assertTrue(problems.contains(Problem.of("meetings[0].date", "+999999999-12-30", DATE_LIMIT)),
                problems::toString);
    }

    @Test
    void case3_a_date_range_or_a_deadline_beyond_the_limits_is_refused() {
        // a DateRange, of the package below the model, names both ends at fault on one line
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DateRange.of(LocalDate.of(-999_999_999, 1, 1), LocalDate.of(999_999_999, 12, 31)));
        assertEquals("date range startInclusive (-999999999-01-01) must be from 1800-01-01 to 2300-12-31; "
                + "date range endInclusive (+999999999-12-31) must be from 1800-01-01 to 2300-12-31", e.getMessage());
        assertInstanceOf(Unrecognized.class, DeadlineParser.parse("до 31.12.9999"));
        assertInstanceOf(Unrecognized.class, DeadlineParser.parse("2022-2300 годы"));
    }

    @Test
    void case4_an_imported_roadmap_with_an_impossible_deadline_reads_back_from_its_json() throws Exception {
        // given a table with «до 31.02.2022» and an empty deadline cell
        String text = "№\tНаименование мероприятия\tСрок\tОтветственный\n"
                + "1\tСовещание\tдо 31.02.2022\tМНЦ\n"
                + "2\tСеминар\t\tМНЦ\n"
                + "3\tОтчёт\tеженедельно\tМНЦ\n";
        ImportResult result = RoadmapReader.read(text, ReadOptions.of("r1", Territory.region("42")));
        Roadmap roadmap = result.roadmap();
        assertFalse(result.findings(FindingCode.DEADLINE_INVALID).isEmpty());
        // when written and read back, alone and in a snapshot
        Roadmap again = JsonDocument.ROADMAP.read(JsonDocument.ROADMAP.write(roadmap));
        // then
        assertEquals(roadmap, again);
        assertEquals(JsonDocument.ROADMAP.write(roadmap), JsonDocument.ROADMAP.write(again));
        assertInstanceOf(Unrecognized.class, again.activities().get(0).deadline());
    }

    @Test
    void case8_a_misspelt_full_name_key_is_reported_without_its_value() {
        String json = fullSnapshotWith(root -> at(root, "people", 0).put("fullname", "Петров Пётр Петрович"));
        ValidationException e = assertThrows(ValidationException.class, () -> JsonDocument.SNAPSHOT.read(json));
        assertFalse(e.getMessage().contains("Петров"), e.getMessage());
        Problem p = e.problems().get(0);
        assertEquals("people[0].fullname", p.path());
        assertEquals("", p.value());
        assertTrue(p.isWithheld());
        assertTrue(p.reason().contains("did you mean fullName?"), p.reason());
    }

    @Test
    void case8_a_bad_full_name_or_birth_date_is_reported_by_path_and_reason_only() {
        String json = fullSnapshotWith(root -> {
            at(root, "people", 0).put("fullName", 12345);
            at(root, "people", 1).put("birthDate", "1850-01-01");
        });
        ValidationException e = assertThrows(ValidationException.class, () -> JsonDocument.SNAPSHOT.read(json));
        assertFalse(e.getMessage().contains("12345"), e.getMessage());
        assertFalse(e.getMessage().contains("1850"), e.getMessage());
        assertTrue(e.problems().stream().allMatch(Problem::isWithheld), e.problems()::toString);
    }

    @Test
    void case9_an_empty_deadline_cells_reason_survives_write_and_read() throws Exception {
        String text = "№\tНаименование мероприятия\tСрок\tОтветственный\n1\tСеминар\t\tМНЦ\n2\tОтчёт\tежегодно\tМНЦ\n";
        Roadmap roadmap = RoadmapReader.read(text, ReadOptions.of("r1", Territory.region("42"))).roadmap();
        Unrecognized empty = (Unrecognized) roadmap.activities().get(0).deadline();
        Roadmap again = JsonDocument.ROADMAP.read(JsonDocument.ROADMAP.write(roadmap));
        assertEquals(empty, again.activities().get(0).deadline());
    }

    @Test
    void case9_a_1000_character_phrase_keeps_its_canonical_form_within_the_limit() {
        // given a phrase of exactly 1,000 characters whose canonical form would be longer
        String event = "а".repeat(1000 - "в течение 2 недель с даты ".length());
        String phrase = "в течение 2 недель с даты " + event;
        assertEquals(1000, phrase.length());
        // when
        Deadline d = DeadlineParser.parse(phrase);
        // then its canonical phrase reads back as the same deadline
        String canonical = d.toPhrase(Language.RU);
        assertTrue(canonical.length() <= Limits.MAX_PHRASE_LENGTH, () -> canonical.length() + "");
        assertEquals(d, DeadlineParser.parse(canonical));
    }

    @Test
    void case10_year_0_is_refused_and_a_bom_is_skipped_by_both_readers() throws Exception {
        String json = JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot());
        assertEquals(List.of(Problem.of("asOf", "0000-01-01", DATE_LIMIT)),
                problemsReading(json.replaceFirst("\"asOf\": \"[0-9-]+\"", "\"asOf\": \"0000-01-01\"")));
        Snapshot fromString = JsonDocument.SNAPSHOT.read("\uFEFF" + json);
        Snapshot fromStream = JsonDocument.SNAPSHOT.read(new ByteArrayInputStream(("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)));
        assertEquals(fromString, fromStream);
    }

    @Test
    void case10_an_invalid_byte_inside_a_repeated_field_name_is_an_error() throws Exception {
        // given a document whose second "id" has a byte that is no UTF-8
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String json = JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot());
        int second = json.indexOf("\"id\"", json.indexOf("\"id\"") + 1);
        bytes.write(json.substring(0, second + 2).getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC3);
        bytes.write(json.substring(second + 2).getBytes(StandardCharsets.UTF_8));
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> JsonDocument.SNAPSHOT.read(new ByteArrayInputStream(bytes.toByteArray())));
        // then
        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).reason().startsWith("malformed text"), e.problems()::toString);
        assertTrue(e.problems().get(0).value().startsWith("line "), e.problems()::toString);
    }

    @Test
    void case10_problems_are_one_line_with_bounded_values() {
        String json = fullSnapshotWith(root -> at(root, "organizations", 0).put("name", "x\n".repeat(6000)));
        Problem p = problemsReading(json).get(0);
        assertEquals(1, p.toString().lines().count());
        assertTrue(p.value().length() <= Limits.MAX_VALUE_SHOWN);
        assertTrue(p.reason().startsWith("longer than 10000 characters"), p::toString);
    }
}
