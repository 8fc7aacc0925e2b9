package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;

/** A finding's texts rendered from templates on first use, its compact evidence, and equality across both forms. */
class FindingTextsTest {

    private static final Map<Language, String> MESSAGE = Map.of(Language.RU,
            "Пара {mentorship} организации {organization} сформирована {formedOn}.", Language.EN,
            "Pair {mentorship} of {organization} was formed on {formedOn}.");
    private static final Map<Language, String> EXPLANATION = Map.of(Language.RU, "Срок — {dueOn}.", Language.EN,
            "Due on {dueOn}.");
    private static final SourceRef SOURCE = SourceRef.of("SEED001", "строка 3.3");

    private static Evidence evidence() {
        return new Evidence.Builder().put("formedOn", "2022-09-20").put("dueOn", "2022-09-15").build();
    }

    private static Finding fromTemplates(Evidence evidence) {
        return Finding.fromTemplates("PAIR_FORMED_LATE", Severity.WARNING, FindingKind.CURRENT,
                List.of(SubjectRef.mentorship("p1"), SubjectRef.organization("s1"), SubjectRef.mentorship("p1")),
                evidence, List.of("dueOn"), LocalDate.of(2022, 9, 15), SOURCE, MESSAGE, EXPLANATION);
    }

    private static Finding.Builder built(String messageRu) {
        return Finding.builder().ruleId("PAIR_FORMED_LATE").severity(Severity.WARNING)
                .subject(SubjectRef.organization("s1")).subject(SubjectRef.mentorship("p1"))
                .evidence("formedOn", "2022-09-20").evidence("dueOn", "2022-09-15").keyEvidence("dueOn")
                .dueDate(LocalDate.of(2022, 9, 15)).source(SOURCE)
                .message(Language.RU, messageRu)
                .message(Language.EN, "Pair p1 of s1 was formed on 2022-09-20.")
                .explanation(Language.RU, "Срок — 15.09.2022.").explanation(Language.EN, "Due on 2022-09-15.");
    }

    @Test
    void should_render_the_texts_when_asked_with_russian_dates() {
        Finding f = fromTemplates(evidence());

        assertEquals("Пара p1 организации s1 сформирована 20.09.2022.", f.message(Language.RU));
        assertEquals("Pair p1 of s1 was formed on 2022-09-20.", f.message(Language.EN));
        assertEquals("Срок — 15.09.2022.", f.explanation(Language.RU));
        assertEquals("Due on 2022-09-15.", f.explanation(Language.EN));
        assertEquals("PAIR_FORMED_LATE|organization:s1|mentorship:p1|dueOn=2022-09-15", f.key());
        assertEquals(List.of(SubjectRef.organization("s1"), SubjectRef.mentorship("p1")), f.subjects());
        assertEquals("s1", f.organizationId());
    }

    @Test
    void should_equal_a_finding_built_with_the_same_texts_and_differ_from_one_with_other_texts() {
        Finding rendered = fromTemplates(evidence());
        Finding same = built("Пара p1 организации s1 сформирована 20.09.2022.").build();
        Finding other = built("Другой текст.").build();

        assertEquals(same, rendered);
        assertEquals(rendered, same);
        assertEquals(same.hashCode(), rendered.hashCode());
        assertNotEquals(rendered, other);
        assertEquals(fromTemplates(evidence()), rendered);
    }

    @Test
    void should_refuse_at_once_a_template_naming_a_value_the_finding_lacks() {
        Evidence noDueOn = new Evidence.Builder().put("formedOn", "2022-09-20").build();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Finding.fromTemplates(
                "PAIR_FORMED_LATE", Severity.WARNING, FindingKind.CURRENT, List.of(SubjectRef.mentorship("p1"),
                        SubjectRef.organization("s1")), noDueOn, List.of(), null, SOURCE, MESSAGE, EXPLANATION));
        assertEquals("message of rule PAIR_FORMED_LATE in RU names {dueOn}, which is neither evidence nor a subject "
                + "type of the finding", e.getMessage());
    }

    @Test
    void should_keep_evidence_in_order_replace_in_place_and_equal_any_map_with_the_same_entries() {
        Evidence e = new Evidence.Builder().put("b", "1").put("a", "2").put("b", "3").build();
        Map<String, String> linked = new LinkedHashMap<>();
        linked.put("b", "3");
        linked.put("a", "2");

        assertEquals(List.of("b", "a"), List.copyOf(e.keySet()));
        assertEquals("{b=3, a=2}", e.toString());
        assertEquals(linked, e);
        assertEquals(e, linked);
        assertEquals(linked.hashCode(), e.hashCode());
        assertEquals(e, new Evidence.Builder().put("a", "2").put("b", "3").build());
        assertNotEquals(e, new Evidence.Builder().put("a", "2").put("b", "4").build());
        assertEquals(null, e.get("c"));
    }
}
