package org.nastavnik.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Fixtures;

/** The full fixture must keep using every entity and every optional field as the model grows. */
class FullSnapshotTest {

    @Test
    void full_snapshot_should_set_every_optional_field_and_fill_every_list_of_every_entity() {
        // given
        Set<String> attributes = new TreeSet<>();
        Set<String> filled = new TreeSet<>();

        // when
        walk(JsonDocument.SNAPSHOT.codec(), Fixtures.fullSnapshot(), attributes, filled);
        attributes.removeAll(filled);

        // then
        assertEquals(Set.of(), attributes);
    }

    @Test
    void attributes_should_be_the_accessors_with_a_builder_setter_in_declaration_order() {
        ObjectCodec snapshot = JsonDocument.SNAPSHOT.codec();
        ObjectCodec mentorship = (ObjectCodec) ((CollectionCodec) snapshot.attributes().get(9).codec()).element();

        assertEquals(List.of("id", "organizationId", "form", "mentorId", "menteeIds", "formedOn", "completedOn",
                "approvalOrder", "programmeId", "mentorConsentOn", "mentorAgreement", "mentorAgreementTerms"), mentorship.attributes().stream().map(ObjectCodec.Attribute::name)
                .collect(java.util.stream.Collectors.toList()));
        assertEquals("asOf", snapshot.attributes().get(0).name());
        assertEquals(ObjectCodec.Shape.REQUIRED, snapshot.attributes().get(0).shape());
    }

    private static void walk(ObjectCodec codec, Object value, Set<String> attributes, Set<String> filled) {
        for (ObjectCodec.Attribute a : codec.attributes()) {
            String key = codec.type().getSimpleName() + "." + a.name();
            attributes.add(key);
            Object v = a.get(value);
            Collection<?> values;
            Codec element = a.codec();
            switch (a.shape()) {
                case OPTIONAL:
                    values = ((Optional<?>) v).stream().collect(java.util.stream.Collectors.toList());
                    break;
                case OPTIONAL_INT:
                    values = ((OptionalInt) v).isPresent() ? List.of(((OptionalInt) v).getAsInt()) : List.of();
                    break;
                case COLLECTION:
                    values = (Collection<?>) v;
                    element = ((CollectionCodec) a.codec()).element();
                    break;
                default:
                    values = List.of(v);
            }
            if (!values.isEmpty()) {
                filled.add(key);
            }
            if (element instanceof ObjectCodec) {
                for (Object item : values) {
                    walk((ObjectCodec) element, item, attributes, filled);
                }
            }
        }
    }
}
