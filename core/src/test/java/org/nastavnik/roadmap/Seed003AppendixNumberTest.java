package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.roadmap.Seeds.activity;
import static org.nastavnik.roadmap.Seeds.person;
import static org.nastavnik.roadmap.Seeds.role;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Addressee;
import org.nastavnik.model.AddresseeKind;
import org.nastavnik.model.Citation;
import org.nastavnik.model.RoadmapKind;
import org.nastavnik.model.Territory;
import org.nastavnik.deadline.ByDate;
import org.nastavnik.deadline.InMonths;
import org.nastavnik.deadline.InQuarter;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.Roadmap;

/** Seed 003: order № 325 of 03.03.2022 (Belgorod) whose appendix says № 825; the table shifts a column after a page break. */
class Seed003AppendixNumberTest {
    private final ImportResult result = Seeds.read(Seeds.SEED_003, "31", "город Белгород");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void should_read_14_table_rows_under_3_sections() {
        assertEquals(List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "3.1", "3.2", "3.3",
                "3.4"), Seeds.table(roadmap).stream().map(a -> a.number()).toList());
        assertEquals(List.of("Информационное сопровождение", "Организационно-методическое сопровождение",
                "Аналитическое и нормативное сопровождение"),
                roadmap.sections().stream().map(s -> s.title()).toList());
        assertEquals("2", activity(roadmap, "2.6").sectionNumber().orElseThrow());
        Seeds.assertEveryDeadlineRead(result);
        Seeds.assertNoRowLost(result);
    }

    @Test
    void should_read_every_obligation_of_the_order() {
        // 1 approves, 2 determines the coordinator (the order's own acts); 4.1 and 3.3 restate rows 2.2 and 3.4
        assertEquals(List.of("order-3.1", "order-3.2", "order-4.2", "order-4.3", "order-5"),
                Seeds.numbers(Seeds.orderItems(roadmap)));
        assertEquals(new ByDate(LocalDate.of(2022, 3, 15)), activity(roadmap, "order-3.1").deadline());
        assertEquals("МБУ НМИЦ", activity(roadmap, "order-3.2").addressee().orElseThrow());
        assertEquals(List.of(role("МБУ НМИЦ"), person("Журавлев А.С.")), activity(roadmap, "order-3.2").responsible());
        assertEquals(List.of(Addressee.of(AddresseeKind.ORGANIZATION, "МБУ НМИЦ", "МБУ НМИЦ"),
                Addressee.of(AddresseeKind.PERSON, "Журавлев А.С.", "Журавлев А.С.")),
                activity(roadmap, "order-3.2").addressees());
        var control = activity(roadmap, "order-5");
        assertEquals(List.of(Addressee.of(AddresseeKind.ROLE, "директора МБУ НМИЦ", "директор МБУ НМИЦ"),
                Addressee.of(AddresseeKind.PERSON, "А.С. Журавлева", "А.С. Журавлева")), control.addressees());
        assertEquals("", control.deadlineText());
    }

    @Test
    void should_merge_the_items_that_restate_table_rows_into_one_obligation_each() {
        var appoint = activity(roadmap, "2.2");
        assertEquals(List.of(Citation.tableRow("2.2"), Citation.orderItem("4.1")), appoint.citations());
        assertEquals(new ByDate(LocalDate.of(2022, 3, 7)), appoint.deadline());
        assertEquals("Руководителям общеобразовательных организаций г. Белгорода", appoint.addressee().orElseThrow());
        assertEquals(List.of(person("Журавлев А.С."), role("ОУ")), appoint.responsible(), "the row's responsible");
        var monitoring = activity(roadmap, "3.4");
        assertEquals(List.of(Citation.tableRow("3.4"), Citation.orderItem("3.3")), monitoring.citations());
        assertEquals(new ByDate(LocalDate.of(2022, 10, 30)), monitoring.deadline());
        assertTrue(roadmap.activity("order-4.1").isEmpty());
        assertTrue(roadmap.activity("order-3.3").isEmpty());
        assertEquals(List.of("2.2", "3.4"), result.findings(FindingCode.ORDER_ITEM_RESTATES_ROW).stream()
                .map(f -> f.row().orElseThrow()).sorted().toList());
        assertEquals(new ByDate(LocalDate.of(2022, 3, 15)), activity(roadmap, "3.1").deadline());
        assertEquals(List.of(Citation.tableRow("3.1")), activity(roadmap, "3.1").citations(),
                "row 3.1 shares item 3.1's date but not its subject");
    }

    @Test
    void should_read_a_support_plan_of_belgorod_in_region_31() {
        var unknown = Seeds.readWithoutTerritory(Seeds.SEED_003).roadmap();
        assertEquals(RoadmapKind.MUNICIPAL_SUPPORT_PLAN, unknown.kind());
        assertEquals(Territory.municipality("31", "город Белгород"), unknown.territory());
    }

    @Test
    void should_read_the_header_and_the_appendix_reference() {
        assertEquals(DocumentKind.ORDER, roadmap.approval().kind());
        assertEquals("325", roadmap.approval().number().orElseThrow());
        assertEquals(LocalDate.of(2022, 3, 3), roadmap.approval().date().orElseThrow());
        assertEquals("Управление образования администрации города Белгорода", roadmap.issuer().orElseThrow());
        assertEquals("Ивлиева Елена Васильевна", roadmap.signer().orElseThrow());
        assertTrue(roadmap.approval().title().orElseThrow().startsWith("Об утверждении плана мероприятий"));
        assertEquals("План мероприятий (дорожной карты) по сопровождению внедрения системы (целевой модели) "
                + "наставничества в общеобразовательных организациях г. Белгорода", roadmap.title());
        var appendix = roadmap.appendixReference().orElseThrow();
        assertEquals("825", appendix.number().orElseThrow());
        assertEquals(LocalDate.of(2022, 3, 3), appendix.date().orElseThrow());
        assertEquals("управления образования администрации г. Белгорода", appendix.issuer().orElseThrow());
        assertEquals(DateRange.of(LocalDate.of(2022, 3, 3), LocalDate.of(2022, 12, 31)), roadmap.period().orElseThrow(),
                "no years in the title, signed before 1 September: through the end of the year");
    }

    @Test
    void should_report_the_appendix_number_mismatch() {
        var mismatch = result.findings(FindingCode.APPENDIX_NUMBER_MISMATCH);
        assertEquals(1, mismatch.size());
        assertEquals(46, mismatch.get(0).line());
        assertTrue(mismatch.get(0).snippet().contains("№ 825"), mismatch.get(0).snippet());
        assertTrue(mismatch.get(0).russian().contains("825") && mismatch.get(0).russian().contains("325"));
        assertEquals(List.of(FindingCode.PERIOD_INFERRED, FindingCode.ORDER_ITEM_RESTATES_ROW,
                FindingCode.ORDER_ITEM_RESTATES_ROW, FindingCode.APPENDIX_NUMBER_MISMATCH, FindingCode.TABLE_COLUMNS_SHIFTED),
                result.findings().stream().map(f -> f.code()).toList());
    }

    @Test
    void should_merge_rows_1_3_and_2_6_across_page_breaks() {
        var row13 = activity(roadmap, "1.3");
        assertEquals("Информирование педагогов об актуальным материалах и мероприятиях, посвященных внедрению и "
                + "реализации системы (целевой модели) наставничества", row13.title());
        assertEquals(List.of(person("Ивлиева Е.В."), person("Гудов Д.С."), role("ОУ")), row13.responsible());
        assertEquals("Повышение профессиональной компетентности педагогов/ Информационные материалы",
                row13.expectedResult().orElseThrow());
        var row26 = activity(roadmap, "2.6");
        assertEquals("Внедрение в образовательную деятельность современных технологий обучения и воспитания",
                row26.expectedResult().orElseThrow());
        assertEquals(List.of(person("Ивлиева Е.В."), role("ОУ")), row26.responsible());
        assertEquals("Октябрь 2022 года", row26.deadlineText());
    }

    @Test
    void should_map_shifted_rows_by_what_they_show() {
        assertEquals("Информационные письма/повышение профессионального мастерства педагогов",
                activity(roadmap, "2.7").expectedResult().orElseThrow());
        assertEquals(new InQuarter(2022, 4), activity(roadmap, "2.7").deadline());
        assertEquals("Отчет/Аналитическая справка", activity(roadmap, "3.4").expectedResult().orElseThrow());
        assertEquals(List.of(person("Ивлиева Е.В."), role("ОУ")), activity(roadmap, "3.4").responsible());
    }

    @Test
    void should_split_responsible_people_and_roles() {
        assertEquals(List.of(person("Ивлиева Е.В."), person("Токарев О.М.")), activity(roadmap, "1.2").responsible());
        assertEquals(List.of(person("Журавлев А.С."), role("ОУ")), activity(roadmap, "2.2").responsible());
        assertEquals(List.of(person("Ивлиева Е.В."), person("Гудов Д.С.")), activity(roadmap, "2.4").responsible());
        assertEquals(List.of(person("Ивлиева Е.В."), role("Специалисты МБУ НМИЦ")),
                activity(roadmap, "2.5").responsible());
        assertEquals(List.of(person("Ивлиева Е.В."), role("Специалисты МБУ НМИЦ"), role("ОУ")),
                activity(roadmap, "3.3").responsible());
        assertEquals(List.of(role("ОУ")), activity(roadmap, "3.1").responsible());
    }

    @Test
    void should_read_months_without_a_year_in_the_approval_year() {
        assertEquals(new InMonths(List.of(YearMonth.of(2022, 3), YearMonth.of(2022, 6), YearMonth.of(2022, 10))),
                activity(roadmap, "1.1").deadline());
    }
}
