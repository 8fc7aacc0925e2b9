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
import org.nastavnik.model.RoadmapKind;
import org.nastavnik.model.Territory;
import org.nastavnik.deadline.MonthRange;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.Roadmap;

/** Seed 004: order № 60 of 06.03.2023 (Sochi) with a blank appendix reference and unnumbered sections. */
class Seed004BlankAppendixReferenceTest {
    private final ImportResult result = Seeds.read(Seeds.SEED_004, "23", "город Сочи");
    private final Roadmap roadmap = result.roadmap();

    @Test
    void should_read_the_three_obligations_of_the_order_with_their_addressees() {
        // 1 approves the roadmap and 5 keeps control with the signer: the order's own acts
        assertEquals(List.of("order-2", "order-3", "order-4"), Seeds.numbers(Seeds.orderItems(roadmap)));
        assertEquals(List.of(Addressee.of(AddresseeKind.ROLE, "Методисту МКУ СЦРО", "Методист МКУ СЦРО"),
                Addressee.of(AddresseeKind.PERSON, "Е.Н.Опалько", "Е.Н.Опалько")),
                activity(roadmap, "order-4").addressees());
        var work = activity(roadmap, "order-3");
        assertEquals(List.of("ROLE:Начальники отделов МКУ СЦРО", "PERSON:Т.А.Боброва", "PERSON:И.В. Боровиковская",
                "PERSON:С.В. Исаева", "PERSON:Е.В. Коваленко", "PERSON:Н.Б.Просвирина", "ROLE:методисты",
                "PERSON:Р.М. Португальян", "PERSON:К.Н. Чельная", "PERSON:И.Е.Лобжанидзе", "PERSON:О.И. Ходоров",
                "PERSON:О.В.Урбанайтес"), work.addressees().stream().map(Object::toString).toList());
    }

    @Test
    void should_read_a_support_plan_of_the_urban_district_of_sochi_in_krasnodar_krai() {
        var unknown = Seeds.readWithoutTerritory(Seeds.SEED_004).roadmap();
        assertEquals(RoadmapKind.MUNICIPAL_SUPPORT_PLAN, unknown.kind());
        assertEquals(Territory.municipality("23", "городской округ город-курорт Сочи"), unknown.territory());
    }

    @Test
    void should_read_19_activities_under_3_unnumbered_sections() {
        assertEquals(22, roadmap.activities().size());
        assertEquals(19, Seeds.table(roadmap).size());
        assertEquals(3, roadmap.sections().size());
        assertTrue(roadmap.sections().stream().allMatch(s -> s.number().isEmpty()));
        assertEquals("Организационная, нормативная, информационная и просветительская поддержка реализации ЦМН в ОО",
                roadmap.sections().get(0).title());
        assertEquals("1", activity(roadmap, "7").sectionNumber().orElseThrow());
        assertEquals("2", activity(roadmap, "8").sectionNumber().orElseThrow());
        assertEquals("3", activity(roadmap, "19").sectionNumber().orElseThrow());
        Seeds.assertEveryDeadlineRead(result);
        Seeds.assertNoRowLost(result);
    }

    @Test
    void should_read_the_header() {
        assertEquals(DocumentKind.ORDER, roadmap.approval().kind());
        assertEquals("60", roadmap.approval().number().orElseThrow());
        assertEquals(LocalDate.of(2023, 3, 6), roadmap.approval().date().orElseThrow());
        assertEquals("г. Сочи", roadmap.place().orElseThrow());
        assertEquals("МКУ СЦРО", roadmap.issuer().orElseThrow());
        assertEquals("В.Г. Церекидзе", roadmap.signer().orElseThrow());
        assertTrue(roadmap.approval().title().orElseThrow().startsWith("Об утверждении Дорожной карты"));
        assertEquals(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)), roadmap.period().orElseThrow());
        assertTrue(roadmap.title().startsWith("Дорожная карта сопровождения педагогов-наставников"));
    }

    @Test
    void should_report_the_blank_appendix_reference() {
        assertTrue(roadmap.appendixReference().orElseThrow().isBlank());
        var blank = result.findings(FindingCode.APPENDIX_REFERENCE_BLANK);
        assertEquals(1, blank.size());
        assertEquals(38, blank.get(0).line());
        assertEquals("Приложение к приказу директора МКУ СЦРО от _____ № _____", blank.get(0).snippet());
    }

    @Test
    void should_report_one_surname_with_different_initials() {
        var bobrova = result.findings(FindingCode.SAME_SURNAME_DIFFERENT_INITIALS);
        assertEquals(1, bobrova.size(), bobrova.toString());
        assertEquals("Боброва Т.С.", bobrova.get(0).snippet());
        assertTrue(bobrova.get(0).russian().contains("Т.А.Боброва"), bobrova.get(0).russian());
        assertEquals(List.of(FindingCode.APPENDIX_REFERENCE_BLANK, FindingCode.SAME_SURNAME_DIFFERENT_INITIALS),
                result.findings().stream().map(f -> f.code()).toList());
    }

    @Test
    void should_merge_row_12_and_join_the_hyphenated_word() {
        var row = activity(roadmap, "12");
        assertEquals("Организация участия педагогов в краевом конкурсе «Педагог-наставник» ГБОУ ИРО Краснодарского края",
                row.title());
        assertEquals(List.of(person("Степанова К.С."), role("Методисты-предметники")), row.responsible());
        assertEquals("Приказ УОН", row.expectedResult().orElseThrow());
    }

    @Test
    void should_read_sample_values() {
        assertEquals(List.of(person("Степанова К.С."), person("Боброва Т.С.")), activity(roadmap, "1").responsible());
        assertEquals(List.of(role("Кураторы ЦМН в ОО"), role("наставники"), role("наставляемые")),
                activity(roadmap, "5").responsible());
        assertEquals(List.of(person("Степанова К.С."), person("Цуренко И.В.")), activity(roadmap, "19").responsible());
        assertEquals(new MonthRange(YearMonth.of(2023, 3), YearMonth.of(2023, 4)), activity(roadmap, "19").deadline());
        assertTrue(activity(roadmap, "1").deadline() instanceof Recurring);
        assertEquals("Организация и проведение конкурса наставнических пар \"Педагогический дуэт\".",
                activity(roadmap, "19").title());
    }
}
