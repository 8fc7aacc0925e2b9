package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Fixtures;
import org.nastavnik.model.Problem;
import org.nastavnik.model.ValidationException;

class JsonErrorsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The full snapshot's JSON, changed by {@code change}. */
    static String fullSnapshotWith(Consumer<ObjectNode> change) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(JsonDocument.SNAPSHOT.write(Fixtures.fullSnapshot()));
            change.accept(root);
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode at(JsonNode root, String collection, int index) {
        return (ObjectNode) root.get(collection).get(index);
    }

    static List<Problem> problemsReading(String json) {
        ValidationException e = assertThrows(ValidationException.class, () -> JsonDocument.SNAPSHOT.read(json));
        assertEquals("snapshot", e.subject());
        return e.problems();
    }

    @Test
    void should_name_an_unknown_field_and_list_the_allowed_ones() {
        // given
        String json = fullSnapshotWith(root -> at(root, "people", 0).put("colour", "red"));

        // then
        // the value of an unknown field is withheld: it may be personal data (issue 24, case 8)
        assertEquals(List.of(Problem.withheld("people[0].colour", "unknown field; allowed: id, fullName, kind, "
                + "organizationId, birthDate, grade, experienceYears, categories, unit, subjects")), problemsReading(json));
    }

    @Test
    void should_suggest_the_field_meant_when_a_name_is_misspelt() {
        // given
        String json = fullSnapshotWith(root -> {
            ObjectNode pair = at(root, "mentorships", 1);
            pair.set("mentorID", pair.remove("mentorId"));
        });

        // then
        assertEquals(List.of(
                Problem.withheld("mentorships[1].mentorID", "unknown field (did you mean mentorId?); allowed: id, "
                        + "organizationId, form, mentorId, menteeIds, formedOn, completedOn, approvalOrder, "
                        + "programmeId, mentorConsentOn, mentorAgreement, mentorAgreementTerms"),
                Problem.of("mentorships[1].mentorId", "", "missing required field")), problemsReading(json));
    }

    @Test
    void should_report_a_missing_required_field() {
        String json = fullSnapshotWith(root -> root.remove("asOf"));

        assertEquals(List.of(Problem.of("asOf", "", "missing required field")), problemsReading(json));
    }

    @Test
    void should_report_a_date_that_does_not_exist() {
        String json = fullSnapshotWith(root -> at(root, "mentorships", 1).put("formedOn", "2022-02-31"));

        assertEquals(List.of(Problem.of("mentorships[1].formedOn", "2022-02-31", "not a valid date (yyyy-MM-dd)")),
                problemsReading(json));
    }

    @Test
    void should_report_a_date_in_another_format() {
        String json = fullSnapshotWith(root -> root.put("asOf", "01.12.2022"));

        assertEquals(List.of(Problem.of("asOf", "01.12.2022", "not a valid date (yyyy-MM-dd)")),
                problemsReading(json));
    }

    @Test
    void should_report_an_unknown_enum_constant_with_the_allowed_ones() {
        String json = fullSnapshotWith(root -> at(root, "meetings", 2).put("kind", "MEETING"));

        assertEquals(List.of(Problem.of("meetings[2].kind", "MEETING",
                "not one of: ACQUAINTANCE, TRIAL, PLANNING, WORKING, FINAL")), problemsReading(json));
    }

    @Test
    void should_report_a_value_of_the_wrong_type() {
        String json = fullSnapshotWith(root -> at(root, "people", 2).put("grade", "8"));

        assertEquals(List.of(Problem.of("people[2].grade", "8", "expected an integer, found a string")),
                problemsReading(json));
    }

    @Test
    void should_report_null_as_a_value_of_the_wrong_type() {
        String json = fullSnapshotWith(root -> at(root, "organizations", 0).putNull("municipality"));

        assertEquals(List.of(Problem.of("organizations[0].municipality", "null", "expected a string, found null")),
                problemsReading(json));
    }

    @Test
    void should_report_an_integer_out_of_range_and_a_fraction_where_an_integer_is_expected() {
        String json = fullSnapshotWith(root -> {
            at(root, "indicatorValues", 0).put("total", 3_000_000_000L);
            at(root, "indicatorValues", 1).put("involved", 1.5);
        });

        assertEquals(List.of(
                Problem.of("indicatorValues[0].total", "3000000000",
                        "expected an integer from -2147483648 to 2147483647"),
                Problem.of("indicatorValues[1].involved", "1.5", "expected an integer, found a number")),
                problemsReading(json));
    }

    @Test
    void should_report_a_bad_region_code_a_reversed_period_and_a_set_with_a_repeated_value() {
        String json = fullSnapshotWith(root -> {
            at(root, "organizations", 1).put("region", "3");
            ObjectNode period = (ObjectNode) at(root, "programmes", 0).get("period");
            period.put("startInclusive", "2023-09-01");
            ((ArrayNode) at(root, "people", 1).get("categories")).add("YOUNG_SPECIALIST");
        });

        assertEquals(List.of(
                Problem.of("organizations[1].region", "3",
                        "not a region code: two digits from 01 to 99, such as 31 for the Belgorod region"),
                Problem.of("people[1].categories[2]", "YOUNG_SPECIALIST", "listed twice in a set"),
                Problem.of("programmes[0].period", "",
                        "date range ends (2023-05-31) before it starts (2023-09-01)")),
                problemsReading(json));
    }

    @Test
    void should_keep_an_impossible_deadline_as_unrecognized_and_report_a_number() {
        // given
        String json = fullSnapshotWith(root -> {
            ArrayNode activities = (ArrayNode) at(root, "roadmaps", 0).get("activities");
            ((ObjectNode) activities.get(1)).put("deadline", "до 31.02.2022");
            ((ObjectNode) activities.get(2)).put("deadline", 2021);
        });

        // then
        // «до 31.02.2022» is kept unrecognized, as the roadmap reader keeps it: stored data always loads (issue 24, case 4)
        assertEquals(List.of(
                Problem.of("roadmaps[0].activities[2].deadline", "2021", "expected a deadline phrase, found a number")),
                problemsReading(json));
    }

    @Test
    void should_report_malformed_json_with_line_and_column() {
        // given: a comma missing after the second line
        String json = "{\n  \"asOf\": \"2022-12-01\"\n  \"territory\": {\"region\": \"31\"}\n}";

        // then
        assertEquals(List.of(Problem.of("$", "line 3, column 3", "malformed JSON: Unexpected character ('\"' "
                + "(code 34)): was expecting comma to separate Object entries")), problemsReading(json));
    }

    @Test
    void should_report_a_repeated_field_and_trailing_content_as_malformed() {
        assertEquals(List.of(Problem.of("$", "line 1, column 30", "malformed JSON: Duplicate field 'asOf'")),
                problemsReading("{\"asOf\": \"2022-12-01\", \"asOf\": \"2022-12-02\"}"));
        assertEquals("$", problemsReading("{} {}").get(0).path());
    }

    @Test
    void should_report_an_empty_document_and_a_document_that_is_not_an_object() throws Exception {
        assertEquals(List.of(Problem.of("$", "", "empty document: expected a JSON object")), problemsReading(" "));
        assertEquals(List.of(Problem.of("$", "[]", "expected an object, found an array")), problemsReading("[]"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> JsonDocument.SNAPSHOT.read(new ByteArrayInputStream(new byte[0])));
        assertEquals(List.of(Problem.of("$", "", "empty document: expected a JSON object")), e.problems());
        ValidationException badUtf8 = assertThrows(ValidationException.class,
                () -> JsonDocument.SNAPSHOT.read(new ByteArrayInputStream(new byte[] {'{', '"', (byte) 0xC3, '"'})));
        assertEquals("$", badUtf8.problems().get(0).path());
    }

    @Test
    void should_list_every_problem_of_a_document_with_several_errors_then_the_snapshots_own() {
        // given: structural errors and, among what can be read, a dangling reference and a duplicate id
        String json = fullSnapshotWith(root -> {
            at(root, "people", 1).put("kind", "PUPIL");                 // t-2 cannot be read
            at(root, "people", 4).put("id", "s-1");                     // a duplicate of people[2]
            at(root, "mentorships", 0).put("formedOn", "2022-02-31");   // pair-1 cannot be read
            at(root, "meetings", 2).put("mentorshipId", "ghost");       // dangling
            at(root, "meetings", 2).put("when", "вчера");               // unknown field
            at(root, "trainings", 0).put("completedOn", 20220815);      // wrong type
        });

        // then: references to t-2 and pair-1, which could not be read, are not reported as dangling
        assertEquals(List.of(
                Problem.of("people[1].kind", "PUPIL", "not one of: SCHOOL_STUDENT, COLLEGE_STUDENT, TEACHER, HEAD, "
                        + "LECTURER, EMPLOYER_REPRESENTATIVE, OTHER"),
                Problem.of("mentorships[0].formedOn", "2022-02-31", "not a valid date (yyyy-MM-dd)"),
                Problem.withheld("meetings[2].when", "unknown field; allowed: id, mentorshipId, kind, date, "
                        + "confirmationFormFilled, feedbackRecorded, reflectionRecorded"),
                Problem.of("trainings[0].completedOn", "20220815", "expected a date (yyyy-MM-dd), found a number"),
                Problem.of("people[4].id", "s-1", "duplicate id in people"),
                Problem.of("mentorships[1].mentorId", "e-1", "no person has this id"),
                Problem.of("meetings[2].mentorshipId", "ghost", "no mentorship has this id"),
                Problem.of("trainings[1].personId", "e-1", "no person has this id")), problemsReading(json));
    }

    @Test
    void should_report_the_snapshots_own_problems_when_the_document_is_well_formed() {
        String json = fullSnapshotWith(root -> {
            at(root, "mentorships", 0).put("completedOn", "2022-09-01");
            at(root, "agreements", 1).put("partnerId", "nowhere");
        });

        assertEquals(List.of(
                Problem.of("mentorships[0].completedOn", "2022-09-01", "is before formedOn (2022-09-20)"),
                Problem.of("meetings[0].date", "2022-09-21", "is after its mentorship pair-1 completed (2022-09-01)"),
                Problem.of("meetings[1].date", "2022-10-05", "is after its mentorship pair-1 completed (2022-09-01)"),
                Problem.of("agreements[1].partnerId", "nowhere", "no organization has this id")),
                problemsReading(json));
    }

    @Test
    void should_report_roadmap_errors_under_the_subject_roadmap() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> JsonDocument.ROADMAP.read("{\"id\": \"r\", \"title\": \"t\", \"level\": \"CITY\", \"territory\": "
                        + "{\"region\": \"61\"}, \"approval\": {}}"));

        assertEquals("roadmap", e.subject());
        assertEquals(List.of(Problem.of("level", "CITY", "not one of: FEDERAL, REGIONAL, MUNICIPAL, ORGANIZATION")),
                e.problems());
    }

    @Test
    void should_never_let_a_null_pointer_or_jackson_exception_escape_for_odd_input() {
        for (String json : List.of("null", "1", "\"x\"", "{\"asOf\": null}", "{\"roadmaps\": [null, 1, {}]}",
                "{\"territory\": {\"region\": null}}", "{\"people\": {}}", "{", "\u0000", "{\"asOf\": [[]]}")) {
            assertThrows(ValidationException.class, () -> JsonDocument.SNAPSHOT.read(json), json);
        }
    }
}
