package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.roadmap.Seeds.activity;
import static org.nastavnik.roadmap.Seeds.role;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Addressee;
import org.nastavnik.model.AddresseeKind;
import org.nastavnik.model.Citation;
import org.nastavnik.common.Language;
import org.nastavnik.model.RoadmapKind;
import org.nastavnik.model.Territory;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.Roadmap;

/** Seed 002: recommendations «Утверждаю» of 15.05.2020 (Sasovo district) with no table: every dash item is an obligation. */
class Seed002RecommendationsWithoutTableTest {
    private final ImportResult result = Seeds.read(Seeds.SEED_002, "62", "Сасовский муниципальный район");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void should_yield_every_dash_item_as_an_obligation_numbered_by_position() {
        // issue 16: 13 dash items, none numbered in the document: positions under their item, not «order-2.1»
        assertEquals(List.of("order-1-b1", "order-1-b2", "order-1-b3", "order-2-b1", "order-2-b2", "order-2-b3",
                "order-2-b4", "order-2-b5", "order-2-b6", "order-3-b1", "order-3-b2", "order-3-b3", "order-3-b4"),
                Seeds.numbers(roadmap.activities()));
        assertTrue(roadmap.activities().stream().allMatch(a -> a.origin() == ActivityOrigin.ORDER_ITEM));
        var plan = activity(roadmap, "order-2-b1");
        assertEquals(List.of(Citation.dashItem("2", 1)), plan.citations());
        assertEquals("п. 2, абзац 1 приказа", plan.citations().get(0).toPhrase(Language.RU));
        assertEquals("до 7 сентября 2020 года", plan.deadlineText());
        assertEquals(new ByDate(LocalDate.of(2020, 9, 7)), plan.deadline());
        assertEquals("Руководителям образовательных организаций", plan.addressee().orElseThrow());
        assertEquals(List.of(role("Руководители образовательных организаций")), plan.responsible());
        assertTrue(plan.title().startsWith("разработать до 7 сентября 2020 года план мероприятий «дорожные карты»"));
        var programmes = activity(roadmap, "order-2-b3");
        assertEquals("внедрить программы наставничества до 30 декабря 2020 года;", programmes.title());
        assertEquals(new ByDate(LocalDate.of(2020, 12, 30)), programmes.deadline());
        var accounting = activity(roadmap, "order-2-b4");
        assertTrue(accounting.title().startsWith("проводить персонифицированный учёт"));
        assertFalse(accounting.hasStatedDeadline());
        Seeds.assertEveryDeadlineRead(result);
    }

    @Test
    void should_keep_the_addressee_as_written_and_classify_it() {
        var first = activity(roadmap, "order-1-b1");
        assertEquals(List.of(Addressee.of(AddresseeKind.ORGANIZATION,
                "Отделу мониторинга и методического сопровождения системы образования",
                "Отдел мониторинга и методического сопровождения системы образования")), first.addressees());
        assertEquals(List.of(role("Отдел мониторинга и методического сопровождения системы образования")),
                first.responsible());
    }

    @Test
    void should_read_the_municipality_and_leave_the_region_unknown() {
        var unknown = Seeds.readWithoutTerritory(Seeds.SEED_002).roadmap();
        assertEquals(Territory.builder().municipality("Сасовский муниципальный район").build(), unknown.territory());
        assertEquals(RoadmapKind.MUNICIPAL_IMPLEMENTATION_PLAN, unknown.kind());
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
