package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Section;
import org.nastavnik.model.Territory;

/** A hand-made .docx: numbered and bulleted lists, a section row spanning the table, merged cells, a row over a page break. */
class HandMadeDocxTest {
    private final ImportResult result = read();
    private final Roadmap roadmap = result.roadmap();

    private static ImportResult read() {
        try {
            return RoadmapReader.read(DocumentFixtures.handMadeDocx(), ReadOptions.of("tula"));
        } catch (ImportException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void should_read_the_numbered_list_of_the_order_and_its_bullets() {
        assertEquals("7", roadmap.approval().number().orElseThrow());
        assertEquals(List.of("order-2-b1", "order-2-b2"), Seeds.numbers(Seeds.orderItems(roadmap)),
                "item 1 approves; item 2 heads two dash items, numbered by Word, not in the text");
        assertEquals("Руководителям образовательных организаций", Seeds.activity(roadmap, "order-2-b1").addressee().orElseThrow());
    }

    @Test
    void should_read_a_section_row_spanning_every_column() {
        assertEquals(List.of(Section.builder().number("1").title("Организационное обеспечение").build()), roadmap.sections());
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), Seeds.numbers(Seeds.table(roadmap)));
    }

    @Test
    void should_give_a_vertically_merged_responsible_cell_to_every_row_it_covers() {
        assertEquals(List.of(Responsible.role("Руководители ОО")), Seeds.activity(roadmap, "1.1").responsible());
        assertEquals(List.of(Responsible.role("Руководители ОО")), Seeds.activity(roadmap, "1.2").responsible());
    }

    @Test
    void should_join_a_row_carried_over_a_page_break_into_one_activity() {
        var row = Seeds.activity(roadmap, "2.1");
        assertEquals("Мониторинг реализации целевой модели наставничества в образовательных организациях", row.title());
        assertEquals(List.of(Responsible.role("МНЦ")), row.responsible());
        assertTrue(row.deadline().isJudged());
        Seeds.assertNoRowLost(result);
    }

    @Test
    void should_read_the_territory_it_names() {
        assertEquals(Territory.municipality("71", "город Тула"), roadmap.territory());
    }
}
