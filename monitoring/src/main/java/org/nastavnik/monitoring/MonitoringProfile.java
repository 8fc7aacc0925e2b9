package org.nastavnik.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.TargetIndicator;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * What a region monitors: the target values of the indicators by year (a parameter table), the
 * ages of students counted, who counts as a young specialist, and the items of its checklist.
 * Immutable.
 *
 * <p>A profile file ({@code nastavnik-monitoring.properties}, UTF-8):
 * <pre>
 * studentAges=10-18                      # the students counted in the share of students
 * youngSpecialistMaxExperienceYears=3
 * target.STUDENT_MENTEES.2023=60         # target values in percent, by indicator and year
 * target.STUDENT_MENTEES.2024=70
 * item.01.source=localAct:IMPLEMENTATION_ORDER
 * item.01.title=Приказ о внедрении целевой модели наставничества
 * item.01.titleEn=Order introducing the target model
 * </pre>
 * Targets in the file are added to the federal ones, replacing a federal target of the same
 * indicator and year. Items, if the file has any, replace the federal checklist, in the order
 * of their ids.
 */
public final class MonitoringProfile {

    private static final MonitoringProfile FEDERAL = new MonitoringProfile(10, 18,
            RuleParameters.federal().getInt(RuleParameters.YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS),
            Map.of(IndicatorKind.STUDENT_MENTEES, new TreeMap<>(Map.of(2024, new BigDecimal("70")))),
            federalItems());

    private final int studentAgeFrom;
    private final int studentAgeTo;
    private final int youngSpecialistMaxExperienceYears;
    private final Map<IndicatorKind, SortedMap<Integer, BigDecimal>> targets;
    private final List<ChecklistItem> items;

    private MonitoringProfile(int from, int to, int youngMax, Map<IndicatorKind, SortedMap<Integer, BigDecimal>> targets,
            List<ChecklistItem> items) {
        this.studentAgeFrom = from;
        this.studentAgeTo = to;
        this.youngSpecialistMaxExperienceYears = youngMax;
        Map<IndicatorKind, SortedMap<Integer, BigDecimal>> t = new EnumMap<>(IndicatorKind.class);
        targets.forEach((k, v) -> t.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        this.targets = Collections.unmodifiableMap(t);
        this.items = List.copyOf(items);
    }

    /**
     * @return the federal profile: students 10–18, young specialists up to 3 years, the one
     *     verified target (at least 70 % of students by 2024), the checklist of the issue's
     *     regional form
     */
    public static MonitoringProfile federal() {
        return FEDERAL;
    }

    private static List<ChecklistItem> federalItems() {
        return List.of(
                ChecklistItem.of("01", "Раздел «Наставничество» на сайте организации",
                        "Mentoring section on the organization's website", "notInModel:website"),
                ChecklistItem.of("02", "Приказ о внедрении целевой модели наставничества",
                        "Order introducing the target model", "localAct:IMPLEMENTATION_ORDER"),
                ChecklistItem.of("03", "Положение о наставничестве обучающихся", "Regulation on mentoring of students",
                        "localAct:MENTORING_REGULATION"),
                ChecklistItem.of("04", "Положение о системе наставничества педагогических работников",
                        "Regulation on mentoring of teachers", "localAct:TEACHER_SYSTEM_REGULATION"),
                ChecklistItem.of("05", "Дорожная карта (план мероприятий)", "Roadmap (plan of activities)",
                        "localAct:ROADMAP"),
                ChecklistItem.of("06", "Программа наставничества", "Mentoring programme", "programme"),
                ChecklistItem.of("07", "Приказ о назначении куратора", "Order appointing the curator", "curatorOrder"),
                ChecklistItem.of("08", "База наставников", "Base of mentors", "base:MENTOR"),
                ChecklistItem.of("09", "База наставляемых", "Base of mentees", "base:MENTEE"),
                ChecklistItem.of("10", "Документ о материальном стимулировании наставников",
                        "Document on material incentives for mentors", "notInModel:incentives"),
                ChecklistItem.of("11", "Приказ о закреплении наставнических пар (групп)",
                        "Order fixing mentoring pairs and groups", "pairsOrders"),
                ChecklistItem.of("12", "Количество пар (групп) в соответствии с приказом",
                        "Pairs and groups as fixed by the orders", "measure:FIXED_BY_ORDER"),
                ChecklistItem.of("13", "Лучшие практики персонализированных программ",
                        "Best cases of personalised programmes", "notInModel:bestCases"),
                ChecklistItem.of("14", "Доля обучающихся 10–18 лет, вовлечённых в наставничество",
                        "Share of students aged 10–18 in mentoring", "indicator:STUDENT_MENTEES"));
    }

    /**
     * Reads a profile file; what it does not set stays federal.
     *
     * @param reader  the file's text, not null
     * @param source  the file's name, for messages, not null
     * @return the profile
     * @throws IllegalArgumentException listing every problem, each with its key, value and why
     * @throws IOException if the reader fails
     */
    public static MonitoringProfile read(Reader reader, String source) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        List<String> problems = new ArrayList<>();
        int from = FEDERAL.studentAgeFrom;
        int to = FEDERAL.studentAgeTo;
        int youngMax = FEDERAL.youngSpecialistMaxExperienceYears;
        Map<IndicatorKind, SortedMap<Integer, BigDecimal>> targets = new EnumMap<>(IndicatorKind.class);
        FEDERAL.targets.forEach((k, v) -> targets.put(k, new TreeMap<>(v)));
        SortedMap<String, Map<String, String>> items = new TreeMap<>();
        for (String key : new TreeMap<>(Map.copyOf(castMap(p))).keySet()) {
            String value = p.getProperty(key).strip();
            if (key.equals("studentAges")) {
                String[] r = value.split("-");
                try {
                    from = Integer.parseInt(r[0].strip());
                    to = Integer.parseInt(r[1].strip());
                    if (from < 0 || to < from || to > 30) {
                        problems.add(key + " (" + value + "): must be two ages from 0 to 30, the first not above the second");
                    }
                } catch (RuntimeException e) {
                    problems.add(key + " (" + value + "): must be a range of ages such as 10-18");
                }
            } else if (key.equals("youngSpecialistMaxExperienceYears")) {
                try {
                    youngMax = Integer.parseInt(value);
                    if (youngMax < 0 || youngMax > 10) {
                        problems.add(key + " (" + value + "): must be from 0 to 10 years");
                    }
                } catch (NumberFormatException e) {
                    problems.add(key + " (" + value + "): must be a whole number of years");
                }
            } else if (key.startsWith("target.")) {
                target(key, value, targets, problems);
            } else if (key.matches("item\\.[^.]+\\.(source|title|titleEn)")) {
                String[] parts = key.split("\\.");
                items.computeIfAbsent(parts[1], x -> new TreeMap<>()).put(parts[2], value);
            } else {
                problems.add(key + " (" + value + "): unknown key; known: studentAges, youngSpecialistMaxExperienceYears, "
                        + "target.<indicator>.<year>, item.<id>.source, item.<id>.title, item.<id>.titleEn");
            }
        }
        List<ChecklistItem> list = new ArrayList<>();
        items.forEach((id, f) -> {
            List<String> ps = ChecklistItem.problems(id, f.get("title"), f.get("titleEn"), f.get("source"));
            ps.forEach(x -> problems.add("item." + id + "." + x));
            if (ps.isEmpty()) {
                list.add(ChecklistItem.of(id, f.get("title"), f.get("titleEn"), f.get("source")));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("monitoring profile " + source + " has " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ":\n  " + String.join("\n  ", problems));
        }
        return new MonitoringProfile(from, to, youngMax, targets, list.isEmpty() ? FEDERAL.items : list);
    }

    /**
     * @param file  a profile file, UTF-8, not null
     * @return the profile
     * @throws IllegalArgumentException listing every problem
     * @throws IOException if the file cannot be read
     */
    public static MonitoringProfile read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, String> castMap(Properties p) {
        return (Map) p;
    }

    private static void target(String key, String value, Map<IndicatorKind, SortedMap<Integer, BigDecimal>> targets,
            List<String> problems) {
        String[] parts = key.split("\\.");
        if (parts.length != 3) {
            problems.add(key + " (" + value + "): must be target.<indicator>.<year>");
            return;
        }
        IndicatorKind kind;
        try {
            kind = IndicatorKind.valueOf(parts[1]);
        } catch (IllegalArgumentException e) {
            problems.add(key + " (" + value + "): unknown indicator " + parts[1] + "; known: "
                    + java.util.Arrays.toString(IndicatorKind.values()));
            return;
        }
        int year;
        try {
            year = Integer.parseInt(parts[2]);
            if (year < 2000 || year > 2100) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problems.add(key + " (" + value + "): the year " + parts[2] + " must be from 2000 to 2100");
            return;
        }
        try {
            BigDecimal percent = new BigDecimal(value.replace(',', '.'));
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(key + " (" + value + "): must be a percent from 0 to 100");
                return;
            }
            targets.computeIfAbsent(kind, k -> new TreeMap<>()).put(year, percent);
        } catch (NumberFormatException e) {
            problems.add(key + " (" + value + "): must be a percent such as 70 or 62.5");
        }
    }

    /** @return the youngest age of the students counted in the share of students */
    public int studentAgeFrom() {
        return studentAgeFrom;
    }

    /** @return the oldest age counted, inclusive */
    public int studentAgeTo() {
        return studentAgeTo;
    }

    /** @return the most years of experience of a young specialist */
    public int youngSpecialistMaxExperienceYears() {
        return youngSpecialistMaxExperienceYears;
    }

    /** @return the target values in percent, by indicator and year */
    public Map<IndicatorKind, SortedMap<Integer, BigDecimal>> targets() {
        return targets;
    }

    /**
     * @param indicator  the indicator, not null
     * @param year  the year
     * @return the target for that year, if the profile sets one
     */
    public Optional<BigDecimal> target(IndicatorKind indicator, int year) {
        return Optional.ofNullable(targets.getOrDefault(indicator, Collections.emptySortedMap()).get(year));
    }

    /** @return the targets as records of the model, for the rules */
    public List<TargetIndicator> targetIndicators() {
        List<TargetIndicator> out = new ArrayList<>();
        targets.forEach((k, byYear) -> byYear.forEach((y, v) -> out.add(TargetIndicator.builder().indicator(k).year(y)
                .targetPercent(v).build())));
        return out;
    }

    /** @return the checklist items, in order */
    public List<ChecklistItem> items() {
        return items;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonitoringProfile m && studentAgeFrom == m.studentAgeFrom && studentAgeTo == m.studentAgeTo
                && youngSpecialistMaxExperienceYears == m.youngSpecialistMaxExperienceYears
                && targets.equals(m.targets) && items.equals(m.items);
    }

    @Override
    public int hashCode() {
        return Objects.hash(studentAgeFrom, studentAgeTo, targets, items);
    }
}
