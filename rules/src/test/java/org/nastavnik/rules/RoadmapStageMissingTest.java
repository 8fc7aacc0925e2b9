package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.nastavnik.rules.Fixtures.date;
import static org.nastavnik.rules.RoadmapFixtures.activity;
import static org.nastavnik.rules.RoadmapFixtures.roadmap;
import static org.nastavnik.rules.RoadmapFixtures.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.common.Language;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapKind;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.rules.federal.RoadmapStage;

/**
 * ROADMAP_STAGE_MISSING: a municipal roadmap plans an activity for each stage of the model, found by
 * word stems in the activities' titles.
 */
class RoadmapStageMissingTest {

    private static final String RULE = "ROADMAP_STAGE_MISSING";
    private static final List<String> TITLES = List.of(
            "Назначение кураторов внедрения целевой модели наставничества",
            "Формирование базы наставников",
            "Формирование и актуализация базы наставляемых",
            "Формирование наставнических пар или групп",
            "Мониторинг реализации ЦМН",
            "Разработка и утверждение локальных актов");

    private final ComplianceEngine engine = ComplianceEngine.federal();

    private static Roadmap withTitles(RoadmapLevel level, List<String> titles) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            activities.add(Activity.builder().from(activity(Integer.toString(i + 1), "до 01.03.2022").build())
                    .title(titles.get(i)).build());
        }
        return roadmap().level(level).addAllActivities(activities).build();
    }

    private List<Finding> check(Roadmap rm) {
        return engine.check(snapshot(rm).build(), date("15.01.2023")).findings(RULE);
    }

    @Test
    void should_not_report_a_roadmap_that_plans_every_stage() {
        assertEquals(List.of(), check(withTitles(RoadmapLevel.MUNICIPAL, TITLES)));
    }

    @Test
    void should_report_each_missing_stage_once() {
        // given no pairs and no monitoring
        List<String> titles = new ArrayList<>(TITLES);
        titles.remove(4);
        titles.remove(3);
        // when
        List<Finding> found = check(withTitles(RoadmapLevel.MUNICIPAL, titles));
        // then
        assertEquals(List.of("ROADMAP_STAGE_MISSING MONITORING", "ROADMAP_STAGE_MISSING PAIR_FORMATION"),
                RoadmapFixtures.lines(found).stream().sorted().toList());
        Finding pairs = found.stream().filter(f -> f.evidence().get("stage").equals("PAIR_FORMATION")).findFirst().orElseThrow();
        assertEquals("ROADMAP_STAGE_MISSING|roadmap:rm|stage=PAIR_FORMATION", pairs.key());
        assertEquals(Map.of("stage", "PAIR_FORMATION"), pairs.evidence());
        assertEquals(Severity.NOTICE, pairs.severity());
        assertEquals("В муниципальной дорожной карте rm нет мероприятия по формированию наставнических пар (групп).",
                pairs.message(Language.RU));
        assertEquals("Municipal roadmap rm has no activity forming mentoring pairs or groups.", pairs.message(Language.EN));
    }

    @Test
    void should_ask_of_a_support_plan_only_those_responsible_and_monitoring() {
        // given a municipal support plan (план сопровождения) without bases, pairs or local acts
        Roadmap support = roadmap().kind(RoadmapKind.MUNICIPAL_SUPPORT_PLAN).addAllActivities(
                withTitles(RoadmapLevel.MUNICIPAL, List.of("Консультирование кураторов")).activities()).build();
        Roadmap implementation = Roadmap.builder().from(support).kind(RoadmapKind.MUNICIPAL_IMPLEMENTATION_PLAN).build();
        // then
        assertEquals(List.of("ROADMAP_STAGE_MISSING CURATOR_APPOINTMENT", "ROADMAP_STAGE_MISSING MONITORING"),
                RoadmapFixtures.lines(check(support)).stream().sorted().toList());
        assertEquals(6, check(implementation).size(), "an implementation plan is asked every stage");
        assertEquals(List.of(RoadmapStage.CURATOR_APPOINTMENT, RoadmapStage.MONITORING),
                java.util.Arrays.stream(RoadmapStage.values())
                        .filter(st -> st.isPlannedBy(RoadmapKind.MUNICIPAL_SUPPORT_PLAN)).toList());
    }

    @Test
    void should_count_an_undated_obligation_of_the_order_towards_a_stage() {
        // given a table without curators, and the order's undated item «назначить ответственного»
        List<String> titles = new ArrayList<>(TITLES);
        titles.remove(0);
        Roadmap withoutItem = withTitles(RoadmapLevel.MUNICIPAL, titles);
        Roadmap withItem = Roadmap.builder().from(withoutItem).addActivities(Activity.builder().number("order-2.1")
                .title("назначить ответственного за внедрение методологии (целевой модели) наставничества")
                .deadlineText("").deadline(org.nastavnik.deadline.DeadlineParser.parse("",
                        org.nastavnik.deadline.DeadlineContext.none()))
                .origin(ActivityOrigin.ORDER_ITEM).build()).build();
        // then
        assertEquals(List.of("ROADMAP_STAGE_MISSING CURATOR_APPOINTMENT"), RoadmapFixtures.lines(check(withoutItem)));
        assertEquals(List.of(), check(withItem));
    }

    @Test
    void should_not_judge_a_regional_roadmap_or_one_without_a_table() {
        // given a regional roadmap, and a municipal one with only items of its order
        Roadmap regional = withTitles(RoadmapLevel.REGIONAL, List.of("Информирование"));
        Roadmap orderOnly = roadmap().addActivities(Activity.builder().from(activity("order-2.1", "до 07.09.2020").build())
                .origin(ActivityOrigin.ORDER_ITEM).build()).build();
        // then
        assertEquals(List.of(), check(regional));
        assertEquals(List.of(), check(orderOnly));
    }

    @ParameterizedTest(name = "{0} — {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            CURATOR_APPOINTMENT | Определение ответственных лиц-кураторов в ОО                          | true
            CURATOR_APPOINTMENT | В срок до 07.03.2022 назначить ответственных за реализацию            | true
            CURATOR_APPOINTMENT | Учет кураторов внедрения целевой модели наставничества              | false
            MENTOR_BASE         | Обновление списка наставников и наставляемых                        | true
            MENTOR_BASE         | Формирование реестра наставников                                    | true
            MENTOR_BASE         | функции наставников регионального банка данных электронного ресурса «Наставник Белгородчины» | false
            MENTOR_BASE         | Формирование базы программ наставничества                           | false
            MENTEE_BASE         | Обновление списка наставников и наставляемых                        | true
            MENTEE_BASE         | Формирование и актуализация базы наставляемых                       | true
            MENTEE_BASE         | Формирование баз наставничества на уровне ОО                        | false
            PAIR_FORMATION      | Закрепление наставнических пар/групп приказом                       | true
            PAIR_FORMATION      | Организация работы наставнических пар/групп                         | false
            PAIR_FORMATION      | Формирование рабочей группы                                         | false
            PAIR_FORMATION      | Конкурс наставнических пар «Педагогический дуэт»                    | false
            MONITORING          | Участие в краевом МОНИТОРИНГЕ                                       | true
            MONITORING          | Оценка качества реализации программ                                 | false
            LOCAL_ACTS          | Внесение изменений в распорядительные акты ОО                       | true
            LOCAL_ACTS          | Подготовка локальных нормативных правовых актов                     | true
            LOCAL_ACTS          | Разработка Положения о наставничестве                               | true
            LOCAL_ACTS          | Актуализация базы наставников                                       | false
            """)
    void should_recognize_a_stage_by_the_stems_of_a_title(RoadmapStage stage, String title, boolean expected) {
        assertEquals(expected, stage.matches(title), title);
    }
}
