package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nastavnik.model.Problem;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.SnapshotGenerator;
import org.nastavnik.model.ValidationException;

/**
 * Properties of the JSON form over generated valid snapshots: the round trip is exact, and a
 * single corruption of the document is reported at its path.
 */
class SnapshotJsonPropertiesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reference fields and what they name. */
    private static final Map<String, String> REFERENCES = Map.of(
            "organizationId", "organization", "partnerId", "organization", "personId", "person",
            "mentorId", "person", "menteeIds", "person", "mentorshipId", "mentorship", "programmeId", "programme",
            "roadmapId", "roadmap");

    /** Pairs of dates in order: collection, earlier field, later field. */
    private static final List<String[]> DATE_PAIRS = List.of(
            new String[] {"curatorAppointments", "appointedOn", "endedOn"},
            new String[] {"registry", "includedOn", "excludedOn"},
            new String[] {"consents", "givenOn", "withdrawnOn"},
            new String[] {"mentorships", "formedOn", "completedOn"},
            new String[] {"agreements", "signedOn", "validUntil"},
            new String[] {"programmes.period", "startInclusive", "endInclusive"},
            new String[] {"monitoringReports.covers", "startInclusive", "endInclusive"});

    private static final List<String> WITH_IDS = List.of("roadmaps", "organizations", "people", "mentorships",
            "meetings", "programmes", "monitoringReports", "agreements");

    @Provide
    Arbitrary<Snapshot> snapshots() {
        return SnapshotGenerator.snapshots();
    }

    @Provide
    Arbitrary<Roadmap> roadmaps() {
        return SnapshotGenerator.roadmaps();
    }

    @Property
    void any_valid_snapshot_survives_a_json_round_trip_unchanged(@ForAll("snapshots") Snapshot snapshot) {
        String json = JsonDocument.SNAPSHOT.write(snapshot);
        Snapshot back = JsonDocument.SNAPSHOT.read(json);

        assertEquals(snapshot, back);
        assertEquals(json, JsonDocument.SNAPSHOT.write(back));
    }

    @Property
    void any_roadmap_survives_a_json_round_trip_unchanged(@ForAll("roadmaps") Roadmap roadmap) {
        assertEquals(roadmap, JsonDocument.ROADMAP.read(JsonDocument.ROADMAP.write(roadmap)));
    }

    @Property(tries = 250)
    void a_dangling_id_in_any_reference_field_is_reported_with_its_path(@ForAll("snapshots") Snapshot snapshot,
            @ForAll long seed) throws Exception {
        // given: one reference, chosen at random, changed to an id nothing has
        ObjectNode root = tree(snapshot);
        List<Site> sites = new ArrayList<>();
        collectReferences(root, "", sites);
        Assume.that(!sites.isEmpty());
        Site site = sites.get(new Random(seed).nextInt(sites.size()));
        site.set(TextNode.valueOf("ghost"));

        // when
        List<Problem> problems = problemsReading(root);

        // then
        assertEquals(List.of(Problem.of(site.path, "ghost", "no " + site.what + " has this id")), problems);
    }

    @Property(tries = 250)
    void swapped_dates_are_reported_with_the_path_of_the_later_one(@ForAll("snapshots") Snapshot snapshot,
            @ForAll long seed) throws Exception {
        // given: two dates in strict order, chosen at random, swapped
        ObjectNode root = tree(snapshot);
        List<String[]> swaps = new ArrayList<>();
        List<ObjectNode> owners = new ArrayList<>();
        for (String[] pair : DATE_PAIRS) {
            String[] place = pair[0].split("\\.");
            JsonNode items = root.path(place[0]);
            for (int i = 0; i < items.size(); i++) {
                JsonNode owner = place.length == 1 ? items.get(i) : items.get(i).get(place[1]);
                if (owner != null && owner.has(pair[2])
                        && owner.get(pair[1]).asText().compareTo(owner.get(pair[2]).asText()) < 0) {
                    swaps.add(new String[] {place[0] + "[" + i + "]" + (place.length == 1 ? "" : "." + place[1]),
                            pair[1], pair[2]});
                    owners.add((ObjectNode) owner);
                }
            }
        }
        Assume.that(!swaps.isEmpty());
        int chosen = new Random(seed).nextInt(swaps.size());
        String[] swap = swaps.get(chosen);
        ObjectNode owner = owners.get(chosen);
        String earlier = owner.get(swap[1]).asText();
        String later = owner.get(swap[2]).asText();
        owner.put(swap[1], later);
        owner.put(swap[2], earlier);

        // when
        List<Problem> problems = problemsReading(root);

        // then
        Problem expected = swap[1].equals("startInclusive")
                ? Problem.of(swap[0], owner.toString(), "date range ends (" + earlier + ") before it starts ("
                        + later + ")")
                : Problem.of(swap[0] + "." + swap[2], earlier, "is before " + swap[1] + " (" + later + ")");
        assertTrue(problems.contains(expected), () -> expected + " not in " + problems);
    }

    @Property(tries = 250)
    void a_duplicate_id_is_reported_with_its_path(@ForAll("snapshots") Snapshot snapshot, @ForAll long seed)
            throws Exception {
        // given: a copy of an element, chosen at random, added at the end of its list
        ObjectNode root = tree(snapshot);
        List<String> present = new ArrayList<>();
        WITH_IDS.stream().filter(c -> root.path(c).size() > 0).forEach(present::add);
        Assume.that(!present.isEmpty());
        Random random = new Random(seed);
        String collection = present.get(random.nextInt(present.size()));
        ArrayNode items = (ArrayNode) root.get(collection);
        JsonNode copy = items.get(random.nextInt(items.size())).deepCopy();
        items.add(copy);

        // when
        List<Problem> problems = problemsReading(root);

        // then
        assertEquals(List.of(Problem.of(collection + "[" + (items.size() - 1) + "].id", copy.get("id").asText(),
                "duplicate id in " + collection)), problems);
    }

    @Property(tries = 250)
    void any_value_replaced_by_any_json_gives_a_snapshot_or_a_validation_exception_and_nothing_else(
            @ForAll("snapshots") Snapshot snapshot, @ForAll long seed) throws Exception {
        // given: one value anywhere in the document replaced by some other JSON
        Random random = new Random(seed);
        ObjectNode root = tree(snapshot);
        List<JsonNode> containers = new ArrayList<>();
        collectContainers(root, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = MAPPER.readTree(List.of("null", "0", "-1", "1.5", "1e400", "\"\"", "\"x\"",
                "\"2022-02-29\"", "true", "[]", "[null]", "{}", "{\"id\": 1}").get(random.nextInt(13)));
        if (container.isObject() && container.size() > 0) {
            List<String> names = new ArrayList<>();
            container.fieldNames().forEachRemaining(names::add);
            ((ObjectNode) container).set(names.get(random.nextInt(names.size())), replacement);
        } else if (container.isArray() && container.size() > 0) {
            ((ArrayNode) container).set(random.nextInt(container.size()), replacement);
        }
        String json = MAPPER.writeValueAsString(root);

        // then
        try {
            JsonDocument.SNAPSHOT.read(json);
        } catch (ValidationException e) {
            assertTrue(!e.problems().isEmpty());
        }
    }

    private static void collectContainers(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.elements().forEachRemaining(child -> collectContainers(child, containers));
        }
    }

    private static ObjectNode tree(Snapshot snapshot) throws Exception {
        return (ObjectNode) MAPPER.readTree(JsonDocument.SNAPSHOT.write(snapshot));
    }

    private static List<Problem> problemsReading(JsonNode root) throws Exception {
        String json = MAPPER.writeValueAsString(root);
        return assertThrows(ValidationException.class, () -> JsonDocument.SNAPSHOT.read(json)).problems();
    }

    private static void collectReferences(JsonNode node, String path, List<Site> sites) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String what = REFERENCES.get(field.getKey());
                if (what != null && field.getValue().isTextual()) {
                    sites.add(new Site(fieldPath, what, (ObjectNode) node, field.getKey(), -1));
                } else if (what != null && field.getValue().isArray()) {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        sites.add(new Site(fieldPath + "[" + i + "]", what, field.getValue(), null, i));
                    }
                } else if (!field.getKey().equals("roadmaps")) {
                    collectReferences(field.getValue(), fieldPath, sites);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectReferences(node.get(i), path + "[" + i + "]", sites);
            }
        }
    }

    /** A place in the tree that holds a reference. */
    private static final class Site {
        final String path;
        final String what;
        final JsonNode container;
        final String field;
        final int index;

        Site(String path, String what, JsonNode container, String field, int index) {
            this.path = path;
            this.what = what;
            this.container = container;
            this.field = field;
            this.index = index;
        }

        void set(JsonNode value) {
            if (field != null) {
                ((ObjectNode) container).set(field, value);
            } else {
                ((ArrayNode) container).set(index, value);
            }
        }
    }
}
