package org.nastavnik.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The documented bounds of accepted input (границы допустимых данных): what every entrance of
 * the library (JSON, the builders of the model, {@link DateRange}, deadline phrases, the date of
 * a check) accepts, so that no accepted input can exhaust memory or time. A value outside them
 * is refused naming the field, the value (shortened to {@value #MAX_VALUE_SHOWN} characters)
 * and the limit: by an item of the model's {@code ValidationException} (the model's
 * {@code Bounds} checks its records against these limits), by an {@link IllegalArgumentException}
 * from a {@link DateRange}. See {@code docs/reliability.md}.
 *
 * <ul>
 *   <li>dates of records, deadlines and checks: {@link #MIN_DATE} to {@link #MAX_DATE};
 *   <li>a {@link DateRange}: both ends within {@link #MIN_RANGE_DATE} to {@link #MAX_RANGE_DATE}
 *       (the dates above with a century of room for windows computed from them);
 *   <li>ids: at most {@value #MAX_ID_LENGTH} characters; names, titles and other texts: at most
 *       {@value #MAX_TEXT_LENGTH}; deadline phrases: at most {@value #MAX_PHRASE_LENGTH};
 *   <li>percentages: 0 to 100 with at most {@value #MAX_PERCENT_SCALE} decimal places;
 *   <li>due dates listed for one deadline: at most {@value #MAX_OCCURRENCES}.
 * </ul>
 */
public final class Limits {
    /** The earliest date accepted in input: 1 January 1900. */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date accepted in input: 31 December 2200. */
    public static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);
    /** The earliest end of a {@link DateRange}: 1 January 1800. */
    public static final LocalDate MIN_RANGE_DATE = LocalDate.of(1800, 1, 1);
    /** The latest end of a {@link DateRange}: 31 December 2300. */
    public static final LocalDate MAX_RANGE_DATE = LocalDate.of(2300, 12, 31);
    /** The longest id (of a record, or a reference to one), in characters. */
    public static final int MAX_ID_LENGTH = 200;
    /** The longest text (a name, a title, a document cell), in characters. */
    public static final int MAX_TEXT_LENGTH = 10_000;
    /** The longest deadline phrase read, in characters; a longer one is kept unrecognized. */
    public static final int MAX_PHRASE_LENGTH = 1000;
    /** The most decimal places of a percentage (after trailing zeros are dropped). */
    public static final int MAX_PERCENT_SCALE = 6;
    /** The most due dates listed for one deadline in one period. */
    public static final int MAX_OCCURRENCES = 10_000;
    /** The most characters of an offending value shown in a problem or a message: an id is shown whole. */
    public static final int MAX_VALUE_SHOWN = MAX_ID_LENGTH;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Limits() {
    }

    /**
     * @param date  a date, not null
     * @return whether it lies within {@link #MIN_DATE} to {@link #MAX_DATE}
     */
    public static boolean isWithin(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /**
     * @param year  a calendar year
     * @return whether it lies within the years of {@link #MIN_DATE} to {@link #MAX_DATE}
     */
    public static boolean isYearWithin(int year) {
        return year >= MIN_DATE.getYear() && year <= MAX_DATE.getYear();
    }

    /** @return the reason given for a date outside the accepted range */
    public static String dateReason() {
        return "must be from " + MIN_DATE + " to " + MAX_DATE;
    }

    /** @return the reason given for a year outside the accepted range */
    public static String yearReason() {
        return "must be a year from " + MIN_DATE.getYear() + " to " + MAX_DATE.getYear();
    }

    /**
     * Why a percentage is refused, if it is.
     *
     * @param percent  the value, not null
     * @return the reason, or null if the value is from 0 to 100 with at most
     *     {@value #MAX_PERCENT_SCALE} decimal places
     */
    public static @Nullable String percentProblem(BigDecimal percent) {
        // compareTo looks at the exponents first: bounded work even for 1e999999999
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            return "must be from 0 to 100";
        }
        if (percent.signum() != 0 && percent.scale() > MAX_PERCENT_SCALE
                && percent.stripTrailingZeros().scale() > MAX_PERCENT_SCALE) {
            return "must have at most " + MAX_PERCENT_SCALE + " decimal places";
        }
        return null;
    }

    /**
     * A value as it is shown in a problem or a message: on one line and at most
     * {@value #MAX_VALUE_SHOWN} characters, ending with «…» when cut. A number is written in
     * full only when that is short; a huge or tiny one in scientific form. Bounded work whatever
     * the value.
     *
     * @param value  the value; null is shown as "null"
     * @return the text, not null
     */
    public static String shown(Object value) {
        String text;
        if (value instanceof BigDecimal d) {
            text = plainOrScientific(d);
        } else {
            text = String.valueOf(value);
        }
        return shorten(text, MAX_VALUE_SHOWN);
    }

    /**
     * A number as plain text when that is at most 40 characters, such as {@code 70.5}, else in
     * scientific form, such as {@code 1E-999999999}; never the billion digits
     * {@link BigDecimal#toPlainString()} would write.
     *
     * @param d  the number, not null
     * @return the text, not null
     */
    public static String plainOrScientific(BigDecimal d) {
        long digits = (long) d.precision() + Math.abs((long) d.scale());
        return digits <= 40 ? d.toPlainString() : d.toString();
    }

    /**
     * A text on one line (every run of line breaks and spaces becomes one space) and at most
     * {@code max} characters, ending with «…» when cut. The work is bounded by {@code max}, not by
     * the text's length.
     *
     * @param text  the text, not null
     * @param max  the most characters, at least 1
     * @return the text, not null
     */
    public static String shorten(String text, int max) {
        StringBuilder sb = new StringBuilder(Math.min(text.length(), max));
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                space = sb.length() > 0;
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            if (sb.length() >= max) {
                sb.setLength(max - 1);
                if (max > 1 && Character.isHighSurrogate(sb.charAt(max - 2))) {
                    sb.setLength(max - 2);
                }
                return sb.append('…').toString();
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
