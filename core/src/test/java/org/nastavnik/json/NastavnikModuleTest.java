package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.Fixtures;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.OrganizationKind;
import org.nastavnik.model.Problem;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/** A host's own ObjectMapper with {@link NastavnikModule} reads and writes the documented form. */
class NastavnikModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new NastavnikModule());

    /** A host's own type that holds a snapshot. */
    record Envelope(String source, Snapshot snapshot) {
    }

    @Test
    void should_read_the_example_snapshot_equal_to_the_json_document() throws Exception {
        // given
        String json = ExampleSnapshotTest.exampleText();

        // when
        Snapshot snapshot = mapper.readValue(json, Snapshot.class);

        // then
        assertEquals(JsonDocument.SNAPSHOT.read(json), snapshot);
    }

    @Test
    void should_write_the_example_snapshot_back_identically() throws Exception {
        // given
        String json = ExampleSnapshotTest.exampleText();
        Snapshot snapshot = mapper.readValue(json, Snapshot.class);

        // when
        String written = mapper.writeValueAsString(snapshot);

        // then
        assertEquals(mapper.readTree(json), mapper.readTree(written));
        assertEquals(json, JsonDocument.text(mapper.readTree(written)));
    }

    @Test
    void should_write_the_same_form_whatever_the_host_mapper_settings() throws Exception {
        // given: a host that writes its own dates as timestamps and indents
        ObjectMapper host = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                .registerModule(new NastavnikModule());
        Snapshot full = Fixtures.fullSnapshot();

        // when
        String written = host.writeValueAsString(full);

        // then
        assertEquals(JsonDocument.SNAPSHOT.write(full), JsonDocument.text(JsonDocument.MAPPER.readTree(written)));
        assertEquals(full, host.readValue(written, Snapshot.class));
    }

    @Test
    void should_read_and_write_every_model_type_on_its_own() throws Exception {
        // given
        Snapshot full = Fixtures.fullSnapshot();
        Roadmap roadmap = full.roadmaps().get(0);
        Mentorship pair = full.mentorships().get(0);
        Deadline deadline = DeadlineParser.parse("ежеквартально");

        // then
        assertEquals(roadmap, mapper.readValue(mapper.writeValueAsString(roadmap), Roadmap.class));
        assertEquals(JsonDocument.ROADMAP.write(roadmap), JsonDocument.text(mapper.valueToTree(roadmap)));
        assertEquals(pair, mapper.readValue(mapper.writeValueAsString(pair), Mentorship.class));
        assertEquals("\"31\"", mapper.writeValueAsString(RegionCode.of("31")));
        assertEquals(RegionCode.of("31"), mapper.readValue("\"31\"", RegionCode.class));
        assertEquals(deadline, mapper.readValue(mapper.writeValueAsString(deadline), Deadline.class));
    }

    @Test
    void should_read_a_decimal_exactly_whatever_the_host_reads_floats_as() throws Exception {
        // given
        Snapshot full = Fixtures.fullSnapshot();

        // when
        Snapshot read = mapper.readValue(mapper.writeValueAsString(full), Snapshot.class);

        // then
        BigDecimal target = full.targetIndicators().get(0).targetPercent();
        assertEquals(target, read.targetIndicators().get(0).targetPercent()); // equal scale too
        assertEquals(target.scale(), read.targetIndicators().get(0).targetPercent().scale());
    }

    @Test
    void should_report_every_problem_of_a_snapshot_at_once() {
        // given
        String json = """
                {
                  "asOf": "2022-10-01",
                  "territory": { "region": "31" },
                  "organizations": [ { "id": "s1", "name": "Школа", "kind": "SCHOOL", "region": "31", "colour": "red" } ],
                  "people": [ { "id": "t1", "kind": "TEACHER", "organizationId": "s1" } ],
                  "mentorships": [ { "id": "p1", "organizationId": "s1", "form": "TEACHER_TEACHER",
                                     "mentorId": "t9", "menteeIds": ["t1"], "formedOn": "2022-02-31" },
                                   { "id": "p2", "organizationId": "s1", "form": "TEACHER_TEACHER",
                                     "mentorId": "t9", "menteeIds": ["t1"], "formedOn": "2022-09-20" } ]
                }
                """;

        // when
        ValidationException e = assertThrows(ValidationException.class, () -> mapper.readValue(json, Snapshot.class));

        // then
        assertEquals("snapshot", e.subject());
        assertEquals(List.of("organizations[0].colour", "mentorships[0].formedOn", "mentorships[1].mentorId"),
                e.problems().stream().map(Problem::path).toList(), e.getMessage());
    }

    @Test
    void should_report_every_missing_field_of_one_value() {
        // when
        ValidationException e = assertThrows(ValidationException.class,
                () -> mapper.readValue("{\"id\": \"s1\", \"kind\": \"SCOOL\"}", Organization.class));

        // then
        assertEquals("Organization", e.subject());
        assertEquals(List.of("kind", "name", "region"), e.problems().stream().map(Problem::path).toList(), e.getMessage());
    }

    @Test
    void should_read_a_snapshot_inside_a_host_type_and_pass_its_problems_as_the_cause() throws Exception {
        // given
        String good = "{\"source\": \"erp\", \"snapshot\": " + ExampleSnapshotTest.exampleText() + "}";
        String bad = "{\"source\": \"erp\", \"snapshot\": {\"asOf\": \"2022-10-01\", \"territory\": {\"region\": \"3x\"}}}";

        // when
        Envelope envelope = mapper.readValue(good, Envelope.class);
        JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(bad, Envelope.class));

        // then
        assertEquals(JsonDocument.SNAPSHOT.read(ExampleSnapshotTest.exampleText()), envelope.snapshot());
        ValidationException cause = assertInstanceOf(ValidationException.class, e.getCause());
        assertEquals(List.of("territory.region"), cause.problems().stream().map(Problem::path).toList());
    }

    @Test
    void should_leave_the_host_own_dates_to_the_host() throws Exception {
        // given
        ObjectMapper host = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new NastavnikModule());
        Organization school = Organization.builder().id("s1").name("Школа").kind(OrganizationKind.SCHOOL).region("31")
                .build();

        // then
        assertEquals("[2022,10,1]", host.writeValueAsString(LocalDate.of(2022, 10, 1)));
        assertEquals("{\"id\":\"s1\",\"name\":\"Школа\",\"kind\":\"SCHOOL\",\"region\":\"31\",\"implementsModel\":true}",
                host.writeValueAsString(school));
    }
}
