package org.nastavnik.roadmap;

import java.util.Optional;

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
import org.nastavnik.model.RoadmapKind;
import org.nastavnik.model.Territory;
import org.nastavnik.deadline.BySchedule;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.deadline.FirstThenRecurring;
import org.nastavnik.deadline.OnDate;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.WorkingGroupMember;

/** Seed 000: order № 324 of 22.09.2020 (Donetsk, Rostov region) with a 10-row table and a working group. */
class Seed000DonetskOrderTest {
    private final ImportResult result = Seeds.read(Seeds.SEED_000, "61", "город Донецк");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void should_read_all_ten_activities_and_the_three_undated_order_items() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                Seeds.table(roadmap).stream().map(a -> a.number()).toList());
        // 1.1 and 1.2 approve (the order's own act), 3 keeps control with the signer: not obligations
        assertEquals(List.of("order-2.1", "order-2.2", "order-2.3"), Seeds.numbers(Seeds.orderItems(roadmap)));
        var curator = activity(roadmap, "order-2.1");
        assertEquals("", curator.deadlineText());
        assertFalse(curator.hasStatedDeadline());
        assertFalse(curator.deadline().isJudged());
        assertEquals(List.of(Citation.orderItem("2.1")), curator.citations());
        assertEquals(List.of(Addressee.of(AddresseeKind.ROLE,
                "Руководителям общеобразовательных организаций и организаций дополнительного образования",
                "Руководители общеобразовательных организаций и организаций дополнительного образования")),
                curator.addressees());
        assertTrue(curator.title().startsWith("назначить ответственного за внедрение"));
        assertTrue(roadmap.sections().isEmpty());
        Seeds.assertEveryDeadlineRead(result);
        Seeds.assertNoRowLost(result);
    }

    @Test
    void should_read_kind_and_territory_from_the_document() {
        var unknown = Seeds.readWithoutTerritory(Seeds.SEED_000).roadmap();
        assertEquals(RoadmapKind.MUNICIPAL_IMPLEMENTATION_PLAN, unknown.kind());
        assertEquals(Territory.municipality("61", "город Донецк"), unknown.territory(),
                "«города Донецка» in the title, «Ростовской области» in the preamble");
    }

    @Test
    void should_read_the_header() {
        assertEquals(DocumentKind.ORDER, roadmap.approval().kind());
        assertEquals("324", roadmap.approval().number().orElseThrow());
        assertEquals(LocalDate.of(2020, 9, 22), roadmap.approval().date().orElseThrow());
        assertEquals("Об утверждении плана мероприятий (дорожной карты) по внедрению методологии (целевой модели) "
                + "наставничества", roadmap.approval().title().orElseThrow());
        assertEquals("Муниципальное учреждение отдел образования администрации города Донецка Ростовской области",
                roadmap.issuer().orElseThrow());
        assertEquals("Г.В.Капранова", roadmap.signer().orElseThrow());
        assertEquals("План мероприятий (дорожная карта) по внедрению методологии (целевой модели) наставничества "
                + "в образовательных организациях города Донецка", roadmap.title());
        assertTrue(roadmap.appendixReference().isEmpty());
        assertEquals(DateRange.of(LocalDate.of(2020, 9, 22), LocalDate.of(2021, 12, 31)), roadmap.period().orElseThrow(),
                "signed after 1 September: through the next year");
    }

    @Test
    void should_merge_row_5_across_the_page_break() {
        var row = activity(roadmap, "5");
        assertEquals("Внесение целевого показателя результата внедрения целевой модели наставничества в "
                + "образовательной организации в показатели эффективности деятельности муниципальных "
                + "образовательных организаций и их руководителей", row.title());
        assertEquals(List.of(role("МУ отдел образования"), role("образовательные организации")), row.responsible());
        assertEquals(new OnDate(LocalDate.of(2020, 12, 1)), row.deadline());
        assertTrue(row.expectedResult().isEmpty());
    }

    @Test
    void should_merge_row_10_whose_continuation_lost_its_number_cell() {
        var row = activity(roadmap, "10");
        assertEquals("Популяризация через муниципальные СМИ, информационные ресурсы в сети Интернет, сообщества в "
                + "социальных сетях, официальных ресурсах организаций – участников. Создание на сайтах "
                + "образовательных организаций раздела «Наставничество»", row.title());
        assertEquals("Информационная компания", row.expectedResult().orElseThrow());
        assertEquals("постоянно", row.deadlineText());
    }

    @Test
    void should_read_sample_values() {
        assertEquals(List.of(role("Структурное подразделение «Методический кабинет» МУ отдела образования"),
                role("образовательные организации")), activity(roadmap, "4").responsible());
        assertEquals(new ByDate(LocalDate.of(2021, 1, 1)), activity(roadmap, "6").deadline());
        assertTrue(activity(roadmap, "7").deadline() instanceof FirstThenRecurring);
        assertTrue(activity(roadmap, "9").deadline() instanceof BySchedule);
        assertEquals("Отчет", activity(roadmap, "7").expectedResult().orElseThrow());
    }

    @Test
    void should_read_the_working_group_with_positions() {
        List<WorkingGroupMember> group = roadmap.workingGroup();
        assertEquals(5, group.size());
        assertEquals(WorkingGroupMember.of("Г.В. Капранова", "заместитель заведующего Муниципальным учреждением "
                + "отделом образования администрации города Донецка Ростовской области"), group.get(0));
        assertEquals("Л.В. Кулагина", group.get(4).name());
        assertTrue(group.get(4).position().startsWith("методист структурного подразделения «Методический кабинет»"));
    }

    @Test
    void should_report_nothing_amiss_but_the_period_it_inferred() {
        // the order names no years: the period runs from its date, and the reader says so
        assertEquals(List.of(FindingCode.PERIOD_INFERRED), result.findings().stream().map(DocumentFinding::code).toList());
        assertEquals(Optional.of(org.nastavnik.model.PeriodBasis.FROM_APPROVAL), result.roadmap().periodBasis());
        assertEquals(DateRange.of(LocalDate.of(2020, 9, 22), LocalDate.of(2021, 12, 31)),
                result.roadmap().period().orElseThrow());
    }
}
