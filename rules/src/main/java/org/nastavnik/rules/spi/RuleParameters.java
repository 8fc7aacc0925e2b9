package org.nastavnik.rules.spi;

import static org.nastavnik.rules.spi.Parameter.WeakerWhen.HIGHER;
import static org.nastavnik.rules.spi.Parameter.WeakerWhen.LOWER;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The values of the numbers of the rules that a region may change (the two-week pair window,
 * the monitoring day, …): the federal parameters, declared here as constants, and those that
 * rule packs declare ({@link RulePack#parameters()}). Rules read them typed from the
 * {@link CheckContext} fact, {@code $p.getInt(RuleParameters.PAIR_WINDOW_DAYS)} in DRL,
 * {@code parameters.get(RuleParameters.PAIR_WINDOW_DAYS)} in Java; no such number is a literal
 * in DRL. Immutable.
 *
 * <p>A profile sets a parameter as text under its key ({@link Builder#set(String, String)}); a
 * bad value is refused with the key, the value and the allowed values.
 */
public final class RuleParameters {

    /**
     * The federal parameters, in the order declared below: whole numbers, then those that may be
     * {@code none}, then the day of the year; each written the same way, a table in code.
     */
    private static final List<Parameter<?>> FEDERAL_PARAMETERS = new ArrayList<>();

    /** Days after a form is determined within which pairs and groups are formed. */
    public static final Parameter<Integer> PAIR_WINDOW_DAYS = federal(Parameter.ofInt(
            "pairWindowDays", 14, 1, 365, HIGHER,
            "Срок формирования пар/групп после определения формы, дней",
            "Days after a form is determined within which pairs and groups are formed"));
    /** Day of the month by which the monthly monitoring report is due. */
    public static final Parameter<Integer> MONITORING_DAY_OF_MONTH = federal(Parameter.ofInt(
            "monitoringDayOfMonth", 25, 1, 28, HIGHER,
            "День месяца, к которому представляется ежемесячный мониторинг",
            "Day of the month by which the monthly monitoring report is due"));
    /** Minimum age of a student mentee, years. */
    public static final Parameter<Integer> MIN_MENTEE_AGE = federal(Parameter.ofInt(
            "minMenteeAge", 10, 0, 18, LOWER,
            "Минимальный возраст наставляемого-обучающегося, лет",
            "Minimum age of a student mentee, years"));
    /** Most years of teaching experience of a young specialist. */
    public static final Parameter<Integer> YOUNG_SPECIALIST_MAX_EXPERIENCE_YEARS = federal(Parameter.ofInt(
            "youngSpecialistMaxExperienceYears", 3, 0, 10, HIGHER,
            "Наибольший педагогический стаж молодого специалиста, лет",
            "Most years of teaching experience of a young specialist"));
    /** Shortest duration of a personalised programme, months. */
    public static final Parameter<Integer> PROGRAMME_MIN_MONTHS = federal(Parameter.ofInt(
            "programmeMinMonths", 3, 1, 36, LOWER,
            "Наименьшая продолжительность персонализированной программы, месяцев",
            "Shortest duration of a personalised programme, months"));
    /** Longest duration of a personalised programme, months. */
    public static final Parameter<Integer> PROGRAMME_MAX_MONTHS = federal(Parameter.ofInt(
            "programmeMaxMonths", 12, 1, 36, HIGHER,
            "Наибольшая продолжительность персонализированной программы, месяцев",
            "Longest duration of a personalised programme, months"));
    /** Days after a due date before an undone activity counts as overdue. */
    public static final Parameter<Integer> GRACE_DAYS = federal(Parameter.ofInt(
            "graceDays", 0, 0, 365, HIGHER,
            "Дней после срока, прежде чем неисполненное мероприятие считается просроченным",
            "Days after a due date before an undone activity counts as overdue"));
    /** Days a mentee may wait in the base without a pair after the form is determined. */
    public static final Parameter<Integer> MENTEE_WAITING_DAYS = federal(Parameter.ofInt(
            "menteeWaitingDays", 30, 1, 365, HIGHER,
            "Дней в базе наставляемых без пары после определения формы, прежде чем это отмечается",
            "Days a mentee may wait in the base without a pair after the form is determined"));
    /** Days after a pair is formed by which its mentor has completed training. */
    public static final Parameter<Integer> MENTOR_TRAINING_DAYS = federal(Parameter.ofInt(
            "mentorTrainingDays", 30, 0, 365, HIGHER,
            "Дней после формирования пары, за которые наставник должен пройти обучение",
            "Days after a pair is formed by which its mentor has completed training"));
    /** Days after a pair completes by which its final monitoring is done. */
    public static final Parameter<Integer> FINAL_MONITORING_DAYS = federal(Parameter.ofInt(
            "finalMonitoringDays", 30, 0, 365, HIGHER,
            "Дней после завершения пары, за которые проводится итоговый мониторинг",
            "Days after a pair completes by which its final monitoring is done"));
    /** How often personified accounting is updated, months (3: quarterly). */
    public static final Parameter<Integer> PERSONIFIED_ACCOUNTING_MONTHS = federal(Parameter.ofInt(
            "personifiedAccountingMonths", 3, 1, 12, HIGHER,
            "Периодичность персонифицированного учёта, месяцев (3 — ежеквартально)",
            "How often personified accounting is updated, months (3: quarterly)"));
    /** Days an activity may be overdue before its finding is marked long overdue. */
    public static final Parameter<Integer> OVERDUE_ESCALATION_DAYS = federal(Parameter.ofInt(
            "overdueEscalationDays", 30, 1, 3650, HIGHER,
            "Дней просрочки мероприятия, после которых находка помечается как длительная просрочка (longOverdue)",
            "Days an activity may be overdue before its finding is marked long overdue (longOverdue)"));
    /** Months a pair may run before its interim monitoring is due. */
    public static final Parameter<Integer> INTERIM_MONITORING_MONTHS = federal(Parameter.ofInt(
            "interimMonitoringMonths", 6, 1, 24, HIGHER,
            "Месяцев работы пары, к которым проводится промежуточный мониторинг",
            "Months a pair may run before its interim monitoring is due"));
    /** Maximum age of a young specialist; none (the default): not checked. */
    public static final Parameter<OptionalInt> YOUNG_SPECIALIST_MAX_AGE = federal(Parameter.ofOptionalInt(
            "youngSpecialistMaxAge", 18, 70,
            "Наибольший возраст молодого специалиста, лет (часто 35 в локальных актах); нет — не проверяется",
            "Maximum age of a young specialist, years (often 35 in local acts); none: not checked"));
    /** Most active mentees per mentor; none (the default) switches the rule off. */
    public static final Parameter<OptionalInt> MAX_MENTEES_PER_MENTOR = federal(Parameter.ofOptionalInt(
            "maxMenteesPerMentor", 1, 50,
            "Наибольшее число наставляемых у одного наставника; нет — правило выключено",
            "Most active mentees per mentor; none: the rule is off"));
    /** Yearly date by which the lists of curators, mentors and mentees are refreshed. */
    public static final Parameter<MonthDay> LIST_REFRESH_BY = federal(Parameter.ofMonthDay(
            "listRefreshBy", MonthDay.of(10, 1), HIGHER,
            "Дата ежегодного обновления списков кураторов, наставников и наставляемых",
            "Yearly date by which the lists of curators, mentors and mentees are refreshed"));

    private static final RuleParameters FEDERAL = new Builder(new LinkedHashMap<>(), new LinkedHashMap<>()).build();

    /** Every declared parameter by key, the federal ones first. */
    private final Map<String, Parameter<?>> declared;
    /** The value of every declared parameter. */
    private final Map<String, Object> values;

    private RuleParameters(Map<String, Parameter<?>> declared, Map<String, Object> values) {
        this.declared = Collections.unmodifiableMap(new LinkedHashMap<>(declared));
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    private static <T> Parameter<T> federal(Parameter<T> p) {
        FEDERAL_PARAMETERS.add(p);
        return p;
    }

    /** @return the federal parameters with their defaults */
    public static RuleParameters federal() {
        return FEDERAL;
    }

    /** @return the federal parameters, in a stable order */
    public static List<Parameter<?>> federalParameters() {
        return List.copyOf(FEDERAL_PARAMETERS);
    }

    /** @return a builder starting from the federal defaults */
    public static Builder builder() {
        return FEDERAL.toBuilder();
    }

    /** @return a builder starting from these values */
    public Builder toBuilder() {
        return new Builder(new LinkedHashMap<>(declared), new LinkedHashMap<>(values));
    }

    /**
     * @param parameter  a parameter, not null
     * @param <T>  its type
     * @return its value here; its default if these parameters do not declare it (a pack's
     *     parameter that no profile set)
     * @throws IllegalArgumentException if another parameter with the same key is declared here
     */
    public <T> T get(Parameter<T> parameter) {
        Parameter<?> d = declared.get(parameter.key());
        if (d == null) {
            return parameter.defaultValue();
        }
        if (d != parameter) {
            throw new IllegalArgumentException("rule parameter " + parameter.key() + " is declared twice, by two "
                    + "different declarations");
        }
        return parameter.type().cast(values.get(parameter.key()));
    }

    /**
     * {@link #get(Parameter)} for a whole number, for DRL: Drools does not infer a generic
     * method's type, so rules call {@code $p.getInt(RuleParameters.PAIR_WINDOW_DAYS)}.
     *
     * @param parameter  a parameter, not null
     * @return its value
     */
    public int getInt(Parameter<Integer> parameter) {
        return get(parameter);
    }

    /**
     * The value of a whole-number parameter by its key, for the DRL of a pack that declares its
     * parameters in {@code META-INF/nastavnik-pack.properties} (no Java constant to name):
     * {@code $p.getInt("pairsOrderDays")}.
     *
     * @param key  a parameter key declared here, such as {@code pairsOrderDays}
     * @return its value
     * @throws IllegalArgumentException if no whole-number parameter is declared under the key
     */
    public int getInt(String key) {
        Parameter<?> d = declared.get(key);
        if (d == null || d.type() != Integer.class) {
            throw new IllegalArgumentException("rule parameter " + key + " is not declared as a whole number; declared: "
                    + String.join(", ", declared.keySet()));
        }
        return (Integer) values.get(key);
    }

    /**
     * {@link #get(Parameter)} for a number that may be {@code none}, for DRL.
     *
     * @param parameter  a parameter, not null
     * @return its value
     */
    public OptionalInt getOptionalInt(Parameter<OptionalInt> parameter) {
        return get(parameter);
    }

    /**
     * {@link #get(Parameter)} for a day of the year, for DRL.
     *
     * @param parameter  a parameter, not null
     * @return its value
     */
    public MonthDay getMonthDay(Parameter<MonthDay> parameter) {
        return get(parameter);
    }

    /** @return every parameter declared here: the federal ones, then those of rule packs, in a stable order */
    public List<Parameter<?>> declared() {
        return List.copyOf(declared.values());
    }

    /**
     * @param key  a parameter key
     * @return the parameter declared here under that key, if there is one
     */
    public Optional<Parameter<?>> declared(String key) {
        return Optional.ofNullable(declared.get(key));
    }

    /**
     * @param key  a parameter key
     * @return the value as text, as a profile would write it
     * @throws IllegalArgumentException if there is no parameter with that key
     */
    public String text(String key) {
        return text(declaration(declared, key));
    }

    private <T> String text(Parameter<T> p) {
        return p.format(get(p));
    }

    /** @return every key with its value as text, in a stable order */
    public Map<String, String> asText() {
        Map<String, String> m = new LinkedHashMap<>();
        declared.values().forEach(p -> m.put(p.key(), text(p)));
        return Collections.unmodifiableMap(m);
    }

    /** @return whether every value is its default */
    public boolean isFederal() {
        for (Parameter<?> p : declared.values()) {
            if (!values.get(p.key()).equals(p.defaultValue())) {
                return false;
            }
        }
        return true;
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
     * Compares one parameter of two sets by strictness, as its {@link Parameter#weakerWhen()} says.
     *
     * @param key  a parameter key
     * @param other  the parameters to compare with, not null
     * @return whether this set's value is weaker than {@code other}'s
     * @throws IllegalArgumentException if there is no parameter with that key
     */
    public boolean isWeakerThan(String key, RuleParameters other) {
        return isWeaker(declaration(declared, key), other);
    }

    private <T> boolean isWeaker(Parameter<T> p, RuleParameters other) {
        return p.isWeaker(get(p), other.get(p));
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

    private static Parameter<?> declaration(Map<String, Parameter<?>> declared, String key) {
        Parameter<?> p = declared.get(key);
        if (p == null) {
            throw new IllegalArgumentException("unknown rule parameter (" + key + "); known: " + declared.keySet());
        }
        return p;
    }

    /** A builder of {@link RuleParameters}, starting from the federal defaults or from other parameters. */
    public static final class Builder {
        private final Map<String, Parameter<?>> declared;
        private final Map<String, Object> values;

        private Builder(Map<String, Parameter<?>> declared, Map<String, Object> values) {
            this.declared = declared;
            this.values = values;
        }

        /**
         * Declares parameters, such as a rule pack's, with their defaults; a parameter declared
         * already is left as it is.
         *
         * @param parameters  the parameters, not null
         * @return this builder
         * @throws IllegalArgumentException if a key is declared already by another parameter
         */
        public Builder declare(Collection<? extends Parameter<?>> parameters) {
            for (Parameter<?> p : parameters) {
                Parameter<?> known = declared.putIfAbsent(p.key(), p);
                if (known == null) {
                    values.put(p.key(), p.defaultValue());
                } else if (known != p) {
                    throw new IllegalArgumentException("rule parameter " + p.key() + " is declared twice: "
                            + known + " and " + p);
                }
            }
            return this;
        }

        /**
         * Sets a parameter, declaring it if it is not yet.
         *
         * @param parameter  the parameter, not null
         * @param value  its value, not null
         * @param <T>  its type
         * @return this builder
         * @throws IllegalArgumentException if the value is not allowed (the message names the key,
         *     the value and the allowed values) or another parameter has the same key
         */
        public <T> Builder set(Parameter<T> parameter, T value) {
            declare(List.of(parameter));
            values.put(parameter.key(), parameter.check(Objects.requireNonNull(value, "value")));
            return this;
        }

        /**
         * Sets a parameter from text, as a profile file writes it.
         *
         * @param key  the key, such as {@code pairWindowDays}
         * @param value  the value, such as {@code 10}, {@code none} or {@code --10-01}
         * @return this builder
         * @throws IllegalArgumentException if the key is not declared or the value cannot be read
         *     or is not allowed; the message names the key, the value and the allowed values
         */
        public Builder set(String key, String value) {
            Parameter<?> p = declaration(declared, key);
            values.put(key, p.parse(value));
            return this;
        }

        /**
         * @return the parameters
         * @throws IllegalArgumentException if the programme bounds are crossed (min above max)
         */
        public RuleParameters build() {
            declare(FEDERAL_PARAMETERS);
            int min = (Integer) values.get(PROGRAMME_MIN_MONTHS.key());
            int max = (Integer) values.get(PROGRAMME_MAX_MONTHS.key());
            if (min > max) {
                throw new IllegalArgumentException("rule parameter " + PROGRAMME_MIN_MONTHS.key() + " (" + min
                        + ") is above " + PROGRAMME_MAX_MONTHS.key() + " (" + max + ")");
            }
            return new RuleParameters(declared, values);
        }
    }
}
