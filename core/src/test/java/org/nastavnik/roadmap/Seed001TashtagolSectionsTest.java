package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.roadmap.Seeds.activity;
import static org.nastavnik.roadmap.Seeds.role;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.RoadmapKind;
import org.nastavnik.deadline.InMonth;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.deadline.Relative;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Section;

/** Seed 001: a roadmap table alone (Tashtagol district, 2021–2022), numbered sections, hierarchical rows. */
class Seed001TashtagolSectionsTest {
    private final ImportResult result = Seeds.read(Seeds.SEED_001, "42", "Таштагольский муниципальный район");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void should_read_13_numbered_rows_under_5_sections_and_the_group_heading_5_1() {
        assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3",
                "5.1.1", "5.1.2"), roadmap.activities().stream().map(a -> a.number()).toList());
        assertEquals(List.of("1", "2", "3", "4", "5", "5.1"),
                roadmap.sections().stream().map(s -> s.number().orElseThrow()).toList());
        assertEquals(Section.builder().number("4").title("Мониторинг и оценка результатов внедрения целевой модели "
                + "наставничества, в т.ч. процесса реализации программ наставничества").build(),
                roadmap.sections().get(3));
        assertEquals("5.1", activity(roadmap, "5.1.2").sectionNumber().orElseThrow());
        assertEquals("1", activity(roadmap, "1.3").sectionNumber().orElseThrow());
        Seeds.assertEveryDeadlineRead(result);
        Seeds.assertNoRowLost(result);
    }

    @Test
    void should_read_the_group_heading_5_1_as_a_section_not_an_activity() {
        // issue 16: a row with no deadline and no responsible that heads 5.1.1 and 5.1.2 is a section
        assertTrue(roadmap.activity("5.1").isEmpty());
        assertEquals(Section.builder().number("5.1")
                .title("Контроль реализации мероприятий по внедрению целевой модели наставничества").build(),
                roadmap.sections().get(5));
    }

    @Test
    void should_read_kind_and_territory_without_inventing_a_region() {
        var unknown = Seeds.readWithoutTerritory(Seeds.SEED_001).roadmap();
        assertEquals(RoadmapKind.MUNICIPAL_IMPLEMENTATION_PLAN, unknown.kind());
        assertEquals(Optional.of("Таштагольский муниципальный район"), unknown.territory().municipality());
        assertEquals(Optional.empty(), unknown.territory().region(), "the document names no region");
    }

    @Test
    void should_read_title_and_period_and_report_the_missing_order() {
        assertTrue(roadmap.title().startsWith("План мероприятий (дорожная карта) реализации методологии"));
        assertTrue(roadmap.title().endsWith("на территории Таштагольского муниципального района на 2021-2022 год"));
        // «на 2021-2022 год» with no approval date: from the earliest dated activity (май 2021), inferred and said so
        assertEquals(DateRange.of(LocalDate.of(2021, 5, 1), LocalDate.of(2022, 12, 31)), roadmap.period().orElseThrow());
        assertEquals(java.util.Optional.of(org.nastavnik.model.PeriodBasis.TITLE_YEARS_FROM_EARLIEST_ACTIVITY),
                roadmap.periodBasis());
        assertTrue(result.hasFinding(FindingCode.PERIOD_INFERRED));
        assertEquals(DocumentKind.OTHER, roadmap.approval().kind());
        assertEquals(List.of(FindingCode.PERIOD_INFERRED, FindingCode.APPROVAL_NOT_FOUND), result.findings().stream().map(f -> f.code()).toList());
    }

    @Test
    void should_merge_row_3_2_across_the_page_break() {
        var row = activity(roadmap, "3.2");
        assertEquals("Формирование базы наставников для реализации ЦМН (отбор из числа потенциальных наставников в "
                + "соответствии со сформированным на текущий год перечнем запросов)", row.title());
        assertEquals("В течение всего периода реализации ЦМН", row.deadlineText());
        assertEquals(List.of(role("Кураторы внедрения ОО")), row.responsible());
    }

    @Test
    void should_read_sample_values() {
        assertEquals(new InMonth(YearMonth.of(2021, 5)), activity(roadmap, "1.1").deadline());
        assertEquals(List.of(role("Руководители ОО"), role("Кураторы внедрения ЦМН в ОО")),
                activity(roadmap, "1.2").responsible());
        assertTrue(activity(roadmap, "3.3").deadline() instanceof Relative);
        assertTrue(activity(roadmap, "4.2").deadline() instanceof Recurring);
        assertEquals(List.of(role("МНЦ")), activity(roadmap, "4.2").responsible());
    }
}
