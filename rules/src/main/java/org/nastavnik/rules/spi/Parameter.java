package org.nastavnik.rules.spi;

import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;
import org.nastavnik.common.Language;

/**
 * A number of the rules that a region may change, declared once: its key, type, federal (or
 * pack) default, allowed values, which way is weaker, and its meaning in Russian and English.
 * Rules read it typed, {@code parameters.get(RuleParameters.PAIR_WINDOW_DAYS)}; a profile sets
 * it as text under its key ({@code param.pairWindowDays=10}). Immutable.
 *
 * <p>The federal parameters are the constants of {@link RuleParameters}. A rule pack declares
 * its own the same way, as constants, and lists them in {@link RulePack#parameters()}:
 *
 * <pre>{@code
 * public static final Parameter<Integer> PAIRS_ORDER_DAYS = Parameter.ofInt("pairsOrderDays", 10, 1, 60,
 *         Parameter.WeakerWhen.HIGHER, "Срок приказа о закреплении пар, дней", "Days for the order fixing the pairs");
 * }</pre>
 *
 * @param <T>  the type of the value
 */
public final class Parameter<T> {

    /**
     * Which way a change of the value weakens the rules that read it: a
     * {@link org.nastavnik.rules.Profile} layer may move a parameter the other way (stricter)
     * freely, but not this way past a violation-level rule of a higher layer without a stated reason.
     */
    public enum WeakerWhen {
        /** A higher value (a later day, a longer window, {@code none}: rule off) is weaker. */
        HIGHER,
        /** A lower value (a younger minimum age, a shorter minimum duration) is weaker. */
        LOWER
    }

    private final String key;
    private final Class<T> type;
    private final T defaultValue;
    private final String allowed;
    private final WeakerWhen weakerWhen;
    private final String meaningRu;
    private final String meaningEn;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final Predicate<T> allowedValue;
    private final Comparator<T> order;

    private Parameter(String key, Class<T> type, T defaultValue, String allowed, WeakerWhen weakerWhen,
            String meaningRu, String meaningEn, Function<String, T> parser, Function<T, String> formatter,
            Predicate<T> allowedValue, Comparator<T> order) {
        if (key == null || !isKey(key)) {
            throw new IllegalArgumentException("parameter key (" + key + ") is not a name like pairWindowDays");
        }
        this.key = key;
        this.type = type;
        this.allowed = allowed;
        this.weakerWhen = Objects.requireNonNull(weakerWhen, "weakerWhen");
        this.meaningRu = requireText(meaningRu, key, "meaningRu");
        this.meaningEn = requireText(meaningEn, key, "meaningEn");
        this.parser = parser;
        this.formatter = formatter;
        this.allowedValue = allowedValue;
        this.order = order;
        this.defaultValue = check(defaultValue);
    }

    /**
     * A whole number within a range, such as a number of days.
     *
     * @param key  the key in profiles and rule metadata, such as {@code pairWindowDays}
     * @param defaultValue  the default, within the range
     * @param min  the smallest allowed value
     * @param max  the largest allowed value
     * @param weakerWhen  which way a change weakens the rules that read it
     * @param meaningRu  what it means, one line in Russian
     * @param meaningEn  what it means, one line in English
     * @return the parameter
     * @throws IllegalArgumentException if the key is not a name, a meaning is blank or the default is out of range
     */
    public static Parameter<Integer> ofInt(String key, int defaultValue, int min, int max, WeakerWhen weakerWhen,
            String meaningRu, String meaningEn) {
        return new Parameter<>(key, Integer.class, defaultValue, min + ".." + max, weakerWhen, meaningRu, meaningEn,
                Integer::valueOf, String::valueOf, v -> v >= min && v <= max, Comparator.naturalOrder());
    }

    /**
     * A whole number within a range, or {@code none}, the default, which switches the rules that
     * read it off; {@code none} is the weakest value, so a higher value is weaker.
     *
     * @param key  the key in profiles and rule metadata, such as {@code maxMenteesPerMentor}
     * @param min  the smallest allowed number
     * @param max  the largest allowed number
     * @param meaningRu  what it means, one line in Russian
     * @param meaningEn  what it means, one line in English
     * @return the parameter
     * @throws IllegalArgumentException if the key is not a name or a meaning is blank
     */
    public static Parameter<OptionalInt> ofOptionalInt(String key, int min, int max, String meaningRu,
            String meaningEn) {
        return new Parameter<>(key, OptionalInt.class, OptionalInt.empty(), "none or " + min + ".." + max,
                WeakerWhen.HIGHER, meaningRu, meaningEn,
                s -> s.equals("none") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s)),
                v -> v.isPresent() ? Integer.toString(v.getAsInt()) : "none",
                v -> v.isEmpty() || (v.getAsInt() >= min && v.getAsInt() <= max),
                Comparator.comparingInt(v -> v.orElse(Integer.MAX_VALUE)));
    }

    /**
     * A day of the year, written {@code --MM-DD}.
     *
     * @param key  the key in profiles and rule metadata, such as {@code listRefreshBy}
     * @param defaultValue  the default, not null
     * @param weakerWhen  which way a change weakens the rules that read it
     * @param meaningRu  what it means, one line in Russian
     * @param meaningEn  what it means, one line in English
     * @return the parameter
     * @throws IllegalArgumentException if the key is not a name or a meaning is blank
     */
    public static Parameter<MonthDay> ofMonthDay(String key, MonthDay defaultValue, WeakerWhen weakerWhen,
            String meaningRu, String meaningEn) {
        return new Parameter<>(key, MonthDay.class, Objects.requireNonNull(defaultValue, "defaultValue"), "--MM-DD",
                weakerWhen, meaningRu, meaningEn, MonthDay::parse, MonthDay::toString, v -> true,
                Comparator.naturalOrder());
    }

    /** @return the key, such as {@code pairWindowDays}, as used in profiles and rule metadata */
    public String key() {
        return key;
    }

    /** @return the type of the value */
    public Class<T> type() {
        return type;
    }

    /** @return the default: the federal value for a federal parameter, the pack's for a pack's */
    public T defaultValue() {
        return defaultValue;
    }

    /** @return the default as text, {@code none} when the rules reading it are off by default */
    public String defaultText() {
        return format(defaultValue);
    }

    /** @return the allowed values, such as {@code 1..365} */
    public String allowed() {
        return allowed;
    }

    /** @return which way a change of the value weakens the rules that read it */
    public WeakerWhen weakerWhen() {
        return weakerWhen;
    }

    /**
     * @param language  the language, not null
     * @return what the parameter means, in one line
     */
    public String meaning(Language language) {
        return language == Language.EN ? meaningEn : meaningRu;
    }

    /**
     * Reads a value as a profile writes it.
     *
     * @param text  the text, such as {@code 10}, {@code none} or {@code --10-01}, not null
     * @return the value
     * @throws IllegalArgumentException if the text cannot be read or the value is not allowed;
     *     the message names the key, the text and the allowed values
     */
    public T parse(String text) {
        T value;
        try {
            value = parser.apply(text.trim());
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("rule parameter " + key + " has an unreadable value (" + text
                    + "); allowed: " + allowed, e);
        }
        return check(value);
    }

    /**
     * @param value  a value of this parameter, not null
     * @return the value as a profile writes it
     */
    public String format(T value) {
        return formatter.apply(value);
    }

    /**
     * @param value  a value, not null
     * @return the value
     * @throws IllegalArgumentException if it is not of the parameter's type or not allowed; the
     *     message names the key, the value and the allowed values
     */
    public T check(Object value) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("rule parameter " + key + " takes a " + type.getSimpleName()
                    + ", not (" + value + ")");
        }
        T v = type.cast(value);
        if (!allowedValue.test(v)) {
            throw new IllegalArgumentException("rule parameter " + key + " is out of range (" + format(v)
                    + "); allowed: " + allowed);
        }
        return v;
    }

    /**
     * @param value  a value, not null
     * @param than  another value, not null
     * @return whether {@code value} makes the rules that read the parameter weaker than {@code than} does
     */
    public boolean isWeaker(T value, T than) {
        int c = order.compare(value, than);
        return weakerWhen == WeakerWhen.HIGHER ? c > 0 : c < 0;
    }

    @Override
    public String toString() {
        return key + "=" + defaultText();
    }

    private static boolean isKey(String s) {
        if (s.isEmpty() || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    private static String requireText(String text, String key, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("parameter " + key + " has a blank " + what);
        }
        return text.trim();
    }
}
