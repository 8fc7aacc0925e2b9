package org.nastavnik.rules.federal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.nastavnik.model.RoadmapKind;

/**
 * A stage of the target model that a municipal roadmap is expected to plan for, recognized by
 * Russian word stems in an activity's title.
 *
 * <p>A title is first normalized: lower case, «ё» read as «е», every run of characters other
 * than letters made one space. A stage matches when its pattern occurs; "an action stem followed
 * by an object stem" allows up to two words between them (so «формирование и актуализация базы
 * наставляемых» and «списка наставников и наставляемых» match), in that order only (so «функции
 * наставников регионального банка данных» is not a base of mentors).
 */
public enum RoadmapStage {

    /** Назначение (определение) кураторов или ответственных: «назнач|определ» … «куратор|ответствен». */
    CURATOR_APPOINTMENT("(назнач|определ)\\p{L}* " + Patterns.GAP + "(куратор|ответствен)"),
    /** База (банк, реестр, список) наставников: «баз|банк|реестр|спис» … «наставник». */
    MENTOR_BASE("(баз|банк|реестр|спис)\\p{L}* " + Patterns.GAP + "наставник"),
    /** База (банк, реестр, список) наставляемых: «баз|банк|реестр|спис» … «наставляем». */
    MENTEE_BASE("(баз|банк|реестр|спис)\\p{L}* " + Patterns.GAP + "наставляем"),
    /**
     * Формирование (закрепление, подбор, составление, утверждение, создание) наставнических пар
     * или групп: «формир|закрепл|подбор|составл|утвержд|создан» … «наставническ* пар|групп».
     */
    PAIR_FORMATION("(формир|закрепл|подбор|составл|утвержд|создан)\\p{L}* " + Patterns.GAP
            + "наставническ\\p{L}* (пар(а|ы|у|е|ой|ам|ами|ах)?|групп\\p{L}*)(?!\\p{L})"),
    /** Мониторинг: «мониторинг». */
    MONITORING("мониторинг"),
    /**
     * Локальные (распорядительные, нормативные) акты или положение: «локальн|распорядительн|нормативн»
     * … «акт», or «положени».
     */
    LOCAL_ACTS("(локальн|распорядительн|нормативн)\\p{L}* " + Patterns.GAP
            + "акт(ы|ов|ах|ам|ами|а|е|ом)?(?!\\p{L})|положени");

    private final Pattern pattern;

    RoadmapStage(String regex) {
        this.pattern = Pattern.compile("(?<!\\p{L})(" + regex + ")");
    }

    /**
     * Whether a roadmap of a kind plans this stage: a municipal support plan (сопровождение) plans
     * the appointment of those responsible and monitoring, not the bases, pairs or local acts the
     * organizations it supports make; every other kind plans every stage.
     *
     * @param kind  the roadmap's kind, not null
     * @return whether the stage is expected of it
     */
    public boolean isPlannedBy(RoadmapKind kind) {
        if (kind == RoadmapKind.MUNICIPAL_SUPPORT_PLAN) {
            return this == CURATOR_APPOINTMENT || this == MONITORING;
        }
        return true;
    }

    /**
     * @param title  an activity's title, not null
     * @return whether the title names an activity of this stage
     */
    public boolean matches(String title) {
        return pattern.matcher(normalize(title)).find();
    }

    static String normalize(String title) {
        return title.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[^\\p{L}]+", " ").trim();
    }

    /** Shared pattern parts. */
    private static final class Patterns {
        /** Up to two whole words between an action and its object. */
        static final String GAP = "(?:\\p{L}+ ){0,2}";
    }
}
