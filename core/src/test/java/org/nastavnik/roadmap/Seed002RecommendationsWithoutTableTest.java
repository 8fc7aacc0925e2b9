package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.roadmap.Seeds.activity;
import static org.nastavnik.roadmap.Seeds.role;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.Roadmap;

/** Seed 002: recommendations «Утверждаю» of 15.05.2020 (Sasovo district) with no table, only dated items. */
class Seed002RecommendationsWithoutTableTest {
    private final ImportResult result = Seeds.read(Seeds.SEED_002, "62", "Сасовский муниципальный район");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void should_yield_the_two_dated_obligations() {
        assertEquals(List.of("order-2.1", "order-2.3"), roadmap.activities().stream().map(a -> a.number()).toList());
        assertTrue(roadmap.activities().stream().allMatch(a -> a.origin() == ActivityOrigin.ORDER_ITEM));
        var plan = activity(roadmap, "order-2.1");
        assertEquals("до 7 сентября 2020 года", plan.deadlineText());
        assertEquals(new ByDate(LocalDate.of(2020, 9, 7)), plan.deadline());
        assertEquals("Руководителям образовательных организаций", plan.addressee().orElseThrow());
        assertEquals(List.of(role("Руководителям образовательных организаций")), plan.responsible());
        assertTrue(plan.title().startsWith("разработать до 7 сентября 2020 года план мероприятий «дорожные карты»"));
        var programmes = activity(roadmap, "order-2.3");
        assertEquals("внедрить программы наставничества до 30 декабря 2020 года;", programmes.title());
        assertEquals(new ByDate(LocalDate.of(2020, 12, 30)), programmes.deadline());
        Seeds.assertEveryDeadlineRead(result);
    }

    @Test
    void should_read_the_approval_stamp() {
        assertEquals(DocumentKind.RECOMMENDATIONS, roadmap.approval().kind());
        assertEquals(LocalDate.of(2020, 5, 15), roadmap.approval().date().orElseThrow());
        assertEquals("Управление образования", roadmap.issuer().orElseThrow());
        assertEquals("Серёгина И.Н.", roadmap.signer().orElseThrow());
        assertTrue(roadmap.approval().number().isEmpty());
    }

    @Test
    void should_report_the_missing_table_and_title() {
        assertEquals(List.of(FindingCode.PERIOD_INFERRED, FindingCode.NO_TABLE, FindingCode.TITLE_NOT_FOUND),
                result.findings().stream().map(f -> f.code()).toList());
        assertEquals("Рекомендации", roadmap.title());
    }
}
