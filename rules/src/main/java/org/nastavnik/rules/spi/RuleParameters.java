package org.nastavnik.rules.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The numbers of the rules that a region may change (the two-week pair window, the monitoring
 * day, …), with the federal defaults. Rules read them from the {@link CheckContext} fact; no
 * such number is a literal in DRL. Immutable.
 *
 * <p>Every parameter has a key ({@link ParameterDescriptor#name()}) under which a profile can
 * set it as text ({@link Builder#set(String, String)}); a bad value is refused with the key,
 * the value and the allowed range.
 */
public final class RuleParameters {

    /** The key of {@link #pairWindowDays()}. */
    public static final String PAIR_WINDOW_DAYS = "pairWindowDays";
    /** The key of {@link #monitoringDayOfMonth()}. */
    public static final String MONITORING_DAY_OF_MONTH = "monitoringDayOfMonth";
    /** The key of {@link #listRefreshBy()}. */
    public static final String LIST_REFRESH_BY = "listRefreshBy";
    /** The key of {@link #minMenteeAge()}. */
    public static final String MIN_MENTEE_AGE = "minMenteeAge";
    /** The key of {@link #youngSpecialistMaxExperienceYears()}. */
    public static final String YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS = "youngSpecialistMaxExperienceYears";
    /** The key of {@link #youngSpecialistMaxAge()}. */
    public static final String YOUNG_SPECIALIST_MAX_AGE = "youngSpecialistMaxAge";
    /** The key of {@link #programmeMinMonths()}. */
    public static final String PROGRAMME_MIN_MONTHS = "programmeMinMonths";
    /** The key of {@link #programmeMaxMonths()}. */
    public static final String PROGRAMME_MAX_MONTHS = "programmeMaxMonths";
    /** The key of {@link #graceDays()}. */
    public static final String GRACE_DAYS = "graceDays";
    /** The key of {@link #maxMenteesPerMentor()}. */
    public static final String MAX_MENTEES_PER_MENTOR = "maxMenteesPerMentor";

    /** The key of {@link #menteeWaitingDays()}. */
    public static final String MENTEE_WAITING_DAYS = "menteeWaitingDays";
    /** The key of {@link #mentorTrainingDays()}. */
    public static final String MENTOR_TRAINING_DAYS = "mentorTrainingDays";
    /** The key of {@link #finalMonitoringDays()}. */
    public static final String FINAL_MONITORING_DAYS = "finalMonitoringDays";
    /** The key of {@link #personifiedAccountingMonths()}. */
    public static final String PERSONIFIED_ACCOUNTING_MONTHS = "personifiedAccountingMonths";
    /** The key of {@link #overdueEscalationDays()}. */
    public static final String OVERDUE_ESCALATION_DAYS = "overdueEscalationDays";
    /** The key of {@link #interimMonitoringMonths()}. */
    public static final String INTERIM_MONITORING_MONTHS = "interimMonitoringMonths";

    /** The parameters for which a lower value is weaker; for every other one a higher value is. */
    private static final java.util.Set<String> LOWER_IS_WEAKER = java.util.Set.of(MIN_MENTEE_AGE, PROGRAMME_MIN_MONTHS);

    private static final Map<String, Param> CATALOGUE = new LinkedHashMap<>();

    static {
        intParam(PAIR_WINDOW_DAYS, 14, 1, 365,
                "Срок формирования пар/групп после определения формы, дней",
                "Days after a form is determined within which pairs and groups are formed");
        intParam(MONITORING_DAY_OF_MONTH, 25, 1, 28,
                "День месяца, к которому представляется ежемесячный мониторинг",
                "Day of the month by which the monthly monitoring report is due");
        add(new Param(LIST_REFRESH_BY, MonthDay.of(10, 1), "--MM-DD",
                "Дата ежегодного обновления списков кураторов, наставников и наставляемых",
                "Yearly date by which the lists of curators, mentors and mentees are refreshed",
                MonthDay::parse, v -> null));
        intParam(MIN_MENTEE_AGE, 10, 0, 18,
                "Минимальный возраст наставляемого-обучающегося, лет",
                "Minimum age of a student mentee, years");
        intParam(YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS, 3, 0, 10,
                "Наибольший педагогический стаж молодого специалиста, лет",
                "Most years of teaching experience of a young specialist");
        optionalIntParam(YOUNG_SPECIALIST_MAX_AGE, 18, 70,
                "Наибольший возраст молодого специалиста, лет (часто 35 в локальных актах); нет — не проверяется",
                "Maximum age of a young specialist, years (often 35 in local acts); none: not checked");
        intParam(PROGRAMME_MIN_MONTHS, 3, 1, 36,
                "Наименьшая продолжительность персонализированной программы, месяцев",
                "Shortest duration of a personalised programme, months");
        intParam(PROGRAMME_MAX_MONTHS, 12, 1, 36,
                "Наибольшая продолжительность персонализированной программы, месяцев",
                "Longest duration of a personalised programme, months");
        intParam(GRACE_DAYS, 0, 0, 365,
                "Дней после срока, прежде чем неисполненное мероприятие считается просроченным",
                "Days after a due date before an undone activity counts as overdue");
        optionalIntParam(MAX_MENTEES_PER_MENTOR, 1, 50,
                "Наибольшее число наставляемых у одного наставника; нет — правило выключено",
                "Most active mentees per mentor; none: the rule is off");
        intParam(MENTEE_WAITING_DAYS, 30, 1, 365,
                "Дней в базе наставляемых без пары после определения формы, прежде чем это отмечается",
                "Days a mentee may wait in the base without a pair after the form is determined");
        intParam(MENTOR_TRAINING_DAYS, 30, 0, 365,
                "Дней после формирования пары, за которые наставник должен пройти обучение",
                "Days after a pair is formed by which its mentor has completed training");
        intParam(FINAL_MONITORING_DAYS, 30, 0, 365,
                "Дней после завершения пары, за которые проводится итоговый мониторинг",
                "Days after a pair completes by which its final monitoring is done");
        intParam(PERSONIFIED_ACCOUNTING_MONTHS, 3, 1, 12,
                "Периодичность персонифицированного учёта, месяцев (3 — ежеквартально)",
                "How often personified accounting is updated, months (3: quarterly)");
        intParam(OVERDUE_ESCALATION_DAYS, 30, 1, 3650,
                "Дней просрочки мероприятия, после которых находка помечается как длительная просрочка (longOverdue)",
                "Days an activity may be overdue before its finding is marked long overdue (longOverdue)");
        intParam(INTERIM_MONITORING_MONTHS, 6, 1, 24,
                "Месяцев работы пары, к которым проводится промежуточный мониторинг",
                "Months a pair may run before its interim monitoring is due");
    }

    private static final RuleParameters FEDERAL = new RuleParameters(defaults());

    private final Map<String, Object> values;

    private RuleParameters(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return the federal defaults */
    public static RuleParameters federal() {
        return FEDERAL;
    }

    /** @return a builder starting from the federal defaults */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /** @return a builder starting from these values */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(values));
    }

    /** @return every parameter, in a stable order */
    public static List<ParameterDescriptor> descriptors() {
        List<ParameterDescriptor> list = new ArrayList<>();
        CATALOGUE.values().forEach(p -> list.add(p.descriptor));
        return List.copyOf(list);
    }

    /**
     * @param name  a parameter key
     * @return the descriptor of that parameter, if there is one
     */
    public static Optional<ParameterDescriptor> descriptor(String name) {
        return Optional.ofNullable(CATALOGUE.get(name)).map(p -> p.descriptor);
    }

    /** @return the days a mentee may wait without a pair after the form is determined (default 30) */
    public int menteeWaitingDays() {
        return (Integer) values.get(MENTEE_WAITING_DAYS);
    }

    /** @return the days after formation by which a mentor is trained (default 30) */
    public int mentorTrainingDays() {
        return (Integer) values.get(MENTOR_TRAINING_DAYS);
    }

    /** @return the days after completion by which the final monitoring is due (default 30) */
    public int finalMonitoringDays() {
        return (Integer) values.get(FINAL_MONITORING_DAYS);
    }

    /** @return how often, in months, personified accounting is updated (default 3, quarterly) */
    public int personifiedAccountingMonths() {
        return (Integer) values.get(PERSONIFIED_ACCOUNTING_MONTHS);
    }

    /** @return the days overdue after which an overdue activity is marked long overdue (default 30) */
    public int overdueEscalationDays() {
        return (Integer) values.get(OVERDUE_ESCALATION_DAYS);
    }

    /** @return the months a pair may run before its interim monitoring is due (default 6) */
    public int interimMonitoringMonths() {
        return (Integer) values.get(INTERIM_MONITORING_MONTHS);
    }

    /** @return the days after a form's determination within which pairs are formed (default 14) */
    public int pairWindowDays() {
        return (Integer) values.get(PAIR_WINDOW_DAYS);
    }

    /** @return the day of the month by which the monthly monitoring is due (default 25) */
    public int monitoringDayOfMonth() {
        return (Integer) values.get(MONITORING_DAY_OF_MONTH);
    }

    /** @return the yearly date by which the lists are refreshed (default 1 October) */
    public MonthDay listRefreshBy() {
        return (MonthDay) values.get(LIST_REFRESH_BY);
    }

    /** @return the minimum age of a student mentee (default 10) */
    public int minMenteeAge() {
        return (Integer) values.get(MIN_MENTEE_AGE);
    }

    /** @return the most years of experience of a young specialist (default 3) */
    public int youngSpecialistMaxExperienceYears() {
        return (Integer) values.get(YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS);
    }

    /** @return the maximum age of a young specialist; empty (the default) means not checked */
    public OptionalInt youngSpecialistMaxAge() {
        return (OptionalInt) values.get(YOUNG_SPECIALIST_MAX_AGE);
    }

    /** @return the shortest personalised programme in months (default 3) */
    public int programmeMinMonths() {
        return (Integer) values.get(PROGRAMME_MIN_MONTHS);
    }

    /** @return the longest personalised programme in months (default 12) */
    public int programmeMaxMonths() {
        return (Integer) values.get(PROGRAMME_MAX_MONTHS);
    }

    /** @return the days after a due date before an activity counts as overdue (default 0) */
    public int graceDays() {
        return (Integer) values.get(GRACE_DAYS);
    }

    /** @return the most active mentees per mentor; empty (the default) switches the rule off */
    public OptionalInt maxMenteesPerMentor() {
        return (OptionalInt) values.get(MAX_MENTEES_PER_MENTOR);
    }

    /**
     * @param name  a parameter key
     * @return the value as text, as a profile would write it
     * @throws IllegalArgumentException if there is no parameter with that key
     */
    public String text(String name) {
        Param p = param(name);
        return p.format(values.get(name));
    }

    /** @return every key with its value as text, in a stable order */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        CATALOGUE.forEach((k, p) -> m.put(k, p.format(values.get(k))));
        return Collections.unmodifiableMap(m);
    }

    /** @return whether every value is the federal default */
    public boolean isFederal() {
        return values.equals(FEDERAL.values);
    }

    /** @return the first 8 hex digits of a SHA-256 over {@link #asText()}: a short stable fingerprint */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(asText().toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                sb.append(String.format("%02x", hash[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Compares one parameter of two sets by strictness, as its descriptor's
     * {@link ParameterDescriptor#weakerWhen()} says.
     *
     * @param name  a parameter key
     * @param other  the parameters to compare with, not null
     * @return whether this set's value is weaker than {@code other}'s
     * @throws IllegalArgumentException if there is no parameter with that key
     */
    public boolean isWeakerThan(String name, RuleParameters other) {
        Param p = param(name);
        int c = compareValues(values.get(name), other.values.get(name));
        return p.descriptor.weakerWhen() == ParameterDescriptor.WeakerWhen.HIGHER ? c > 0 : c < 0;
    }

    @SuppressWarnings("unchecked")
    private static int compareValues(Object a, Object b) {
        if (a instanceof OptionalInt x && b instanceof OptionalInt y) {
            return Integer.compare(x.orElse(Integer.MAX_VALUE), y.orElse(Integer.MAX_VALUE));
        }
        return ((Comparable<Object>) a).compareTo(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleParameters other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "RuleParameters" + asText();
    }

    private static Param param(String name) {
        Param p = CATALOGUE.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown rule parameter (" + name + "); known: " + CATALOGUE.keySet());
        }
        return p;
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> m = new LinkedHashMap<>();
        CATALOGUE.forEach((k, p) -> m.put(k, p.defaultValue));
        return m;
    }

    private static void intParam(String name, int def, int min, int max, String ru, String en) {
        add(new Param(name, def, min + ".." + max, ru, en, Integer::valueOf,
                v -> (Integer) v < min || (Integer) v > max ? min + ".." + max : null));
    }

    private static void optionalIntParam(String name, int min, int max, String ru, String en) {
        add(new Param(name, OptionalInt.empty(), "none or " + min + ".." + max, ru, en,
                s -> s.equals("none") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s)),
                v -> {
                    OptionalInt o = (OptionalInt) v;
                    return o.isPresent() && (o.getAsInt() < min || o.getAsInt() > max) ? "none or " + min + ".." + max : null;
                }));
    }

    private static void add(Param p) {
        CATALOGUE.put(p.descriptor.name(), p);
    }

    /** A builder of {@link RuleParameters}, starting from the federal defaults. */
    public static final class Builder {
        private final Map<String, Object> values;

        private Builder(Map<String, Object> values) {
            this.values = values;
        }

        /**
         * Sets a parameter from text, as a profile file writes it.
         *
         * @param name  the key, such as {@code pairWindowDays}
         * @param value  the value, such as {@code 10}, {@code none} or {@code --10-01}
         * @return this builder
         * @throws IllegalArgumentException if the key is unknown or the value cannot be read
         *     or lies outside the allowed range; the message names the key, the value and the range
         */
        public Builder set(String name, String value) {
            Param p = param(name);
            Object parsed;
            try {
                parsed = p.parser.apply(value.trim());
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new IllegalArgumentException("rule parameter " + name + " has an unreadable value (" + value
                        + "); allowed: " + p.descriptor.allowed(), e);
            }
            return put(name, parsed, value);
        }

        /**
         * @param days  the pair window in days, 1..365
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder pairWindowDays(int days) {
            return put(PAIR_WINDOW_DAYS, days, days);
        }

        /**
         * @param day  the monitoring day of the month, 1..28
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder monitoringDayOfMonth(int day) {
            return put(MONITORING_DAY_OF_MONTH, day, day);
        }

        /**
         * @param date  the yearly list refresh date, not null
         * @return this builder
         */
        public Builder listRefreshBy(MonthDay date) {
            return put(LIST_REFRESH_BY, Objects.requireNonNull(date), date);
        }

        /**
         * @param years  the minimum mentee age, 0..18
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder minMenteeAge(int years) {
            return put(MIN_MENTEE_AGE, years, years);
        }

        /**
         * @param years  the most years of experience of a young specialist, 0..10
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder youngSpecialistMaxExperienceYears(int years) {
            return put(YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS, years, years);
        }

        /**
         * @param years  the maximum age of a young specialist, 18..70
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder youngSpecialistMaxAge(int years) {
            return put(YOUNG_SPECIALIST_MAX_AGE, OptionalInt.of(years), years);
        }

        /**
         * @param months  the shortest personalised programme, 1..36
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder programmeMinMonths(int months) {
            return put(PROGRAMME_MIN_MONTHS, months, months);
        }

        /**
         * @param months  the longest personalised programme, 1..36
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder programmeMaxMonths(int months) {
            return put(PROGRAMME_MAX_MONTHS, months, months);
        }

        /**
         * @param days  the grace days after a due date, 0..365
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder graceDays(int days) {
            return put(GRACE_DAYS, days, days);
        }

        /**
         * @param mentees  the most active mentees per mentor, 1..50; switches the rule on
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder maxMenteesPerMentor(int mentees) {
            return put(MAX_MENTEES_PER_MENTOR, OptionalInt.of(mentees), mentees);
        }

        /**
         * @param days  the value, 1..365
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder menteeWaitingDays(int days) {
            return put(MENTEE_WAITING_DAYS, days, days);
        }

        /**
         * @param days  the value, 0..365
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder mentorTrainingDays(int days) {
            return put(MENTOR_TRAINING_DAYS, days, days);
        }

        /**
         * @param days  the value, 0..365
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder finalMonitoringDays(int days) {
            return put(FINAL_MONITORING_DAYS, days, days);
        }

        /**
         * @param months  the value, 1..12
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder personifiedAccountingMonths(int months) {
            return put(PERSONIFIED_ACCOUNTING_MONTHS, months, months);
        }

        /**
         * @param days  the value, 1..3650
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder overdueEscalationDays(int days) {
            return put(OVERDUE_ESCALATION_DAYS, days, days);
        }

        /**
         * @param months  the months a pair may run before its interim monitoring is due, 1..24
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder interimMonitoringMonths(int months) {
            return put(INTERIM_MONITORING_MONTHS, months, months);
        }

        /**
         * @return the parameters
         * @throws IllegalArgumentException if the programme bounds are crossed (min above max)
         */
        public RuleParameters build() {
            int min = (Integer) values.get(PROGRAMME_MIN_MONTHS);
            int max = (Integer) values.get(PROGRAMME_MAX_MONTHS);
            if (min > max) {
                throw new IllegalArgumentException("rule parameter " + PROGRAMME_MIN_MONTHS + " (" + min
                        + ") is above " + PROGRAMME_MAX_MONTHS + " (" + max + ")");
            }
            return new RuleParameters(values);
        }

        private Builder put(String name, Object value, Object shown) {
            Param p = param(name);
            String range = p.rangeCheck.apply(value);
            if (range != null) {
                throw new IllegalArgumentException("rule parameter " + name + " is out of range (" + shown
                        + "); allowed: " + range);
            }
            values.put(name, value);
            return this;
        }
    }

    private static final class Param {
        final ParameterDescriptor descriptor;
        final Object defaultValue;
        final Function<String, Object> parser;
        final Function<Object, String> rangeCheck;

        Param(String name, Object defaultValue, String allowed, String ru, String en,
                Function<String, Object> parser, Function<Object, String> rangeCheck) {
            this.defaultValue = defaultValue;
            this.parser = parser;
            this.rangeCheck = rangeCheck;
            this.descriptor = new ParameterDescriptor(name, format(defaultValue), allowed, ru, en,
                    LOWER_IS_WEAKER.contains(name) ? ParameterDescriptor.WeakerWhen.LOWER
                            : ParameterDescriptor.WeakerWhen.HIGHER);
        }

        String format(Object value) {
            if (value instanceof OptionalInt o) {
                return o.isPresent() ? Integer.toString(o.getAsInt()) : "none";
            }
            return String.valueOf(value);
        }
    }
}
