package org.nastavnik.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A hand-written recursive-descent reader of one deadline phrase. Each alternative reads tokens
 * from the start and returns null (leaving the position anywhere) when it does not fit; the first
 * alternative that reads the whole phrase wins. The furthest token any alternative reached is
 * where an unrecognized phrase failed. No regular expressions, no backtracking beyond a fixed
 * number of alternatives over at most {@link DeadlineParser#MAX_LENGTH} characters.
 */
final class Grammar {

    private static final Set<String> YEAR_WORDS = Set.of(
            "г", "гг", "год", "года", "году", "годы", "годов", "годах", "годам", "годом");
    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();
    private static final Map<String, Integer> ROMAN = Map.of(
            "i", 1, "ii", 2, "iii", 3, "iv", 4, "v", 5, "vi", 6, "vii", 7, "viii", 8, "ix", 9, "x", 10);

    static {
        String[][] words = {
            {"один", "одного", "одной", "одну", "одна"}, {"два", "две", "двух"}, {"три", "трех"},
            {"четыре", "четырех"}, {"пять", "пяти"}, {"шесть", "шести"}, {"семь", "семи"},
            {"восемь", "восьми"}, {"девять", "девяти"}, {"десять", "десяти"},
            {"одиннадцать", "одиннадцати"}, {"двенадцать", "двенадцати"}, {"тринадцать", "тринадцати"},
            {"четырнадцать", "четырнадцати"}, {"пятнадцать", "пятнадцати"}};
        for (int i = 0; i < words.length; i++) {
            for (String w : words[i]) {
                NUMBER_WORDS.put(w, i + 1);
            }
        }
        NUMBER_WORDS.put("двадцать", 20);
        NUMBER_WORDS.put("двадцати", 20);
        NUMBER_WORDS.put("тридцать", 30);
        NUMBER_WORDS.put("тридцати", 30);
    }

    /** The month a school year's classes end in, read as the end of the school year. */
    static final Month SCHOOL_YEAR_LAST_MONTH = Month.MAY;

    private final String text;
    private final DeadlineContext context;
    private List<Token> tokens = List.of();
    private int pos;
    private int maxPos;
    private int missingYearAt = -1;

    Grammar(String text, DeadlineContext context) {
        this.text = text;
        this.context = context;
    }

    Deadline parse() {
        if (text.length() > DeadlineParser.MAX_LENGTH) {
            return unrecognized(0, "the phrase is longer than " + DeadlineParser.MAX_LENGTH + " characters ("
                    + text.length() + ")");
        }
        tokens = Token.tokenize(text);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).kind == Token.Kind.SYMBOL) {
            first++;
        }
        if (first == tokens.size()) {
            return unrecognized(0, text.isBlank() ? "the deadline is empty" : "the phrase holds no words or numbers");
        }
        maxPos = first;
        List<Supplier<@Nullable Deadline>> alternatives = List.of(
                this::asNeeded, this::continuous, this::schedule, this::relative, this::recurringWithSchedule,
                this::firstThenRecurring, this::results, this::point);
        try {
            for (Supplier<@Nullable Deadline> alternative : alternatives) {
                pos = first;
                Deadline d = alternative.get();
                if (d != null && atEnd()) {
                    String outside = DeadlineLimits.problem(d);
                    return outside == null ? d : unrecognized(0, "outside the accepted bounds: " + outside);
                }
            }
        } catch (DeadlineParseException e) {
            throw e;
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            // A value out of the supported range (a year beyond four digits): not readable, not impossible.
            return unrecognized(charIndex(maxPos), "a value is out of range: " + e.getMessage());
        }
        if (missingYearAt >= 0) {
            return unrecognized(missingYearAt,
                    "the phrase gives no year and the context has neither a period nor an approval date");
        }
        if (maxPos >= tokens.size()) {
            return unrecognized(text.length(), "the phrase ends too early");
        }
        Token t = tokens.get(maxPos);
        return unrecognized(t.start, "cannot read '" + original(t) + "' here; expected a date, a month, a quarter, "
                + "a year, a recurrence, a time after an event or a known phrase");
    }

    private Unrecognized unrecognized(int index, String reason) {
        String unread = text.substring(index, Math.min(text.length(), index + 80)).strip();
        return new Unrecognized(text, index, unread, reason);
    }

    private int charIndex(int tokenIndex) {
        return tokenIndex < tokens.size() ? tokens.get(tokenIndex).start : text.length();
    }

    private String original(Token t) {
        return text.substring(t.start, Math.min(text.length(), t.start + t.value.length()));
    }

    // ---------------------------------------------------------------- alternatives

    private @Nullable Deadline asNeeded() {
        if (seq("по", "мере", "необходимости") || seq("по", "необходимости") || seq("при", "необходимости")) {
            return AsNeeded.of();
        }
        return null;
    }

    private @Nullable Deadline continuous() {
        if (word("постоянно") || seq("на", "постоянной", "основе")) {
            return Continuous.always();
        }
        if (seq("в", "течение", "всего", "периода") || seq("на", "протяжении", "всего", "периода")
                || seq("весь", "период")) {
            return Continuous.wholePeriod(rest());
        }
        return null;
    }

    private @Nullable BySchedule schedule() {
        BySchedule.Kind kind;
        if (seq("по", "отдельному", "графику") || seq("согласно", "отдельному", "графику")) {
            kind = BySchedule.Kind.SEPARATE_SCHEDULE;
        } else if (seq("по", "графику") || seq("согласно", "графику") || seq("в", "соответствии", "с", "графиком")) {
            kind = BySchedule.Kind.SCHEDULE;
        } else if (seq("в", "соответствии", "с", "планом") || seq("по", "плану") || seq("согласно", "плану")) {
            kind = BySchedule.Kind.PLAN;
        } else if (seq("в", "соответствии", "со", "сроками") || seq("согласно", "срокам")) {
            kind = BySchedule.Kind.TIME_LIMITS;
        } else {
            return null;
        }
        return BySchedule.of(kind, rest());
    }

    private @Nullable Deadline relative() {
        if (!(seq("в", "течение") || seq("в", "срок", "не", "позднее") || seq("не", "позднее")
                || seq("не", "позже") || word("через"))) {
            return null;
        }
        Token amountToken = peek();
        int amount = -1;
        if (amountToken != null && amountToken.kind == Token.Kind.NUMBER && amountToken.value.length() <= 4) {
            advance();
            amount = amountToken.number();
            int save = pos;
            if (!(sym("-") && word("х", "ти", "ух", "ех", "и", "ми"))) {
                pos = save;
            }
        } else if (amountToken != null && amountToken.kind == Token.Kind.WORD
                && NUMBER_WORDS.containsKey(amountToken.value)) {
            advance();
            amount = NUMBER_WORDS.get(amountToken.value);
        }
        boolean working = word("рабочих", "рабочего", "рабочий", "рабочие");
        if (!working) {
            word("календарных", "календарного", "календарный", "календарные");
        }
        Relative.Unit unit;
        if (word("дней", "дня", "день", "суток", "сутки")) {
            unit = working ? Relative.Unit.WORKING_DAYS : Relative.Unit.CALENDAR_DAYS;
        } else if (working) {
            return null;
        } else if (word("недель", "недели", "неделя", "неделю")) {
            unit = Relative.Unit.WEEKS;
        } else if (word("месяцев", "месяца", "месяц")) {
            unit = Relative.Unit.MONTHS;
        } else {
            return null;
        }
        if (word("с", "со", "от")) {
            word("даты", "дня", "момента");
        } else if (!word("после")) {
            return null;
        }
        if (atEnd()) {
            return null;
        }
        if (amount == 0) {
            throw error(amountToken, "amount 0 is not at least 1");
        }
        String event = rest();
        if (event.isEmpty()) {
            return null;
        }
        return Relative.of(amount < 0 ? 1 : amount, unit, EventRef.of(event));
    }

    private @Nullable Recurring recurringWithSchedule() {
        Recurring r = recurring();
        if (r == null) {
            return null;
        }
        int save = pos;
        separator();
        sym("-");
        BySchedule s = schedule();
        if (s != null) {
            return r.withSchedule(s);
        }
        pos = save;
        separator();
        sym("-");
        if ((seq("по", "итогам") || seq("по", "окончании") || seq("по", "завершении"))
                && resultsOfSameFrequency(r)) {
            return r;
        }
        pos = save;
        return r;
    }

    private @Nullable Recurring recurring() {
        if (word("ежемесячно") || seq("каждый", "месяц") || once("месяц")) {
            return monthlyTail();
        }
        int save = pos;
        boolean by = byWords();
        Token dayToken = peek();
        int day = smallNumber();
        if (day >= 0) {
            dayOrdinalEnding();
            if (word("числа", "число")) {
                // «25 числа каждого месяца», «до 25 числа ежемесячно», «до 25-го числа каждый месяц»
                if (seq("каждого", "месяца") || word("ежемесячно") || seq("каждый", "месяц")) {
                    return monthlyOn(day, by, dayToken);
                }
                // «до 5 числа месяца, следующего за отчётным кварталом» (ежеквартально before or after)
                int unit = followingMonth();
                if (unit >= 0) {
                    separator();
                    sym("-");
                    if (unit == 3 || unit == 0 && word("ежеквартально")) {
                        word("ежеквартально");
                        return quarterlyAfter(day, dayToken);
                    }
                    if (unit == 1 || unit == 0 && word("ежемесячно")) {
                        word("ежемесячно");
                        return monthlyOn(day, true, dayToken);
                    }
                }
            }
        }
        pos = save;
        if (word("ежеквартально") || seq("каждый", "квартал") || once("квартал")) {
            return quarterlyTail();
        }
        if (word("ежеполугодно", "полугодично") || once("полугодие") || once("полгода")
                || seq("каждое", "полугодие")) {
            return Recurring.halfYearly();
        }
        if (word("ежегодно") || seq("каждый", "год") || once("год")) {
            return yearlyTail();
        }
        if (word("еженедельно") || seq("каждую", "неделю") || once("неделю")) {
            return weeklyTail();
        }
        return null;
    }

    private Recurring monthlyTail() {
        int save = pos;
        separator();
        boolean by = byWords();
        Token dayToken = peek();
        int day = smallNumber();
        if (day >= 0) {
            if (sym("-")) {
                word("го", "е", "ое");
            } else {
                word("го");
            }
            word("числа", "число");
            if (!seq("каждого", "месяца") && followingMonth() < 0) {
                word("месяца");
            }
            return monthlyOn(day, by, dayToken);
        }
        pos = save;
        return Recurring.monthly();
    }

    private Recurring monthlyOn(int day, boolean by, @Nullable Token dayToken) {
        if (day < 1 || day > 31) {
            throw error(dayToken, "day of month " + day + " is not between 1 and 31");
        }
        return by ? Recurring.monthlyBy(day) : Recurring.monthlyOn(day);
    }

    /**
     * After «ежеквартально»: «до 5 числа месяца, следующего за отчётным кварталом» (the report on a
     * quarter, due in the month after it), «до 5 числа» with no month named (read the same way),
     * «15 числа последнего месяца квартала» or «15 числа» (that day of the quarter's last month),
     * «по итогам квартала»; else by the quarter's last day.
     */
    private Recurring quarterlyTail() {
        int save = pos;
        separator();
        sym("-");
        boolean by = byWords();
        Token dayToken = peek();
        int day = smallNumber();
        if (day >= 0) {
            dayOrdinalEnding();
            if (word("числа", "число")) {
                int unit = followingMonth();
                if (unit == 3 || unit == 0) {
                    return quarterlyAfter(day, dayToken);
                }
                if (unit < 0 && seq("последнего", "месяца", "квартала")) {
                    return quarterlyOn(day, dayToken);
                }
                if (unit < 0) {
                    return by ? quarterlyAfter(day, dayToken) : quarterlyOn(day, dayToken);
                }
            }
        }
        pos = save;
        separator();
        sym("-");
        if (seq("по", "итогам", "квартала") || seq("по", "окончании", "квартала")
                || seq("по", "итогам", "отчетного", "квартала")) {
            return Recurring.quarterly();
        }
        pos = save;
        return Recurring.quarterly();
    }

    private Recurring quarterlyAfter(int day, @Nullable Token dayToken) {
        if (day < 1 || day > 31) {
            throw error(dayToken, "day of month " + day + " is not between 1 and 31");
        }
        return Recurring.quarterlyAfterBy(day);
    }

    private Recurring quarterlyOn(int day, @Nullable Token dayToken) {
        if (day < 1 || day > 31) {
            throw error(dayToken, "day of month " + day + " is not between 1 and 31");
        }
        return Recurring.quarterlyOn(day);
    }

    /** «-го», «-е», «го» after a day of the month. */
    private void dayOrdinalEnding() {
        int save = pos;
        if (sym("-")) {
            if (!word("го", "е", "ое")) {
                pos = save;
            }
        } else {
            word("го");
        }
    }

    /**
     * «месяца, следующего за отчётным кварталом», «следующего за отчётным периодом месяца», «месяца,
     * следующего за отчётным»: the month after a reporting period.
     *
     * @return 3 for a quarter, 1 for a month, 0 when the period is not named, -1 when absent (nothing read)
     */
    private int followingMonth() {
        int save = pos;
        boolean monthFirst = word("месяца", "месяц");
        separator();
        if (!(word("следующего", "следующий") && word("за"))) {
            pos = save;
            return -1;
        }
        boolean reporting = word("отчетным", "отчетный", "истекшим", "прошедшим", "предыдущим");
        int unit;
        if (word("кварталом", "квартал")) {
            unit = 3;
        } else if (word("месяцем")) {
            unit = 1;
        } else if (word("периодом") || reporting) {
            unit = 0;
        } else {
            pos = save;
            return -1;
        }
        if (!monthFirst && !word("месяца", "месяц")) {
            pos = save;
            return -1;
        }
        return unit;
    }

    /** «ежемесячно, по итогам месяца», «ежегодно по итогам года»: the period each occurrence closes. */
    private boolean resultsOfSameFrequency(Recurring r) {
        word("отчетного", "каждого");
        return switch (r.frequency()) {
            case MONTHLY -> word("месяца");
            case QUARTERLY -> word("квартала");
            case HALF_YEARLY -> word("полугодия");
            case YEARLY -> word("года");
            case WEEKLY -> word("недели");
        };
    }

    private Recurring yearlyTail() {
        int save = pos;
        separator();
        boolean by = byWords();
        RawDate r = rawDate();
        if (r != null && r.year < 0) {
            MonthDay day = monthDay(r);
            return by ? Recurring.yearlyBy(day) : Recurring.yearlyOn(day);
        }
        pos = save;
        separator();
        word("в", "во");
        Month month = monthWord();
        if (month != null) {
            return Recurring.yearlyIn(month);
        }
        pos = save;
        separator();
        sym("-");
        if ((resultWords() || endWords()) && schoolYearWords()) {
            return Recurring.yearlyIn(SCHOOL_YEAR_LAST_MONTH); // the end of a school year: May (see Readings)
        }
        pos = save;
        return Recurring.yearly();
    }

    private Recurring weeklyTail() {
        int save = pos;
        separator();
        if (word("по")) {
            Token t = peek();
            if (t != null && t.kind == Token.Kind.WORD && Words.weekdayFromDativePlural(t.value) != null) {
                advance();
                return Recurring.weeklyOn(Words.weekdayFromDativePlural(t.value));
            }
        }
        pos = save;
        return Recurring.weekly();
    }

    private @Nullable Deadline firstThenRecurring() {
        if (!word("на")) {
            if (!byWords()) {
                seq("по", "состоянию", "на");
            }
        }
        RawDate r = rawDate();
        if (r == null) {
            return null;
        }
        LocalDate first = resolve(r);
        if (first == null) {
            return null;
        }
        separator();
        sym("-");
        if (!word("далее", "затем", "потом")) {
            if (!seq("а", "далее") && !seq("и", "далее")) {
                seq("в", "дальнейшем");
            }
        }
        separator();
        Recurring then = recurringWithSchedule();
        return then == null ? null : FirstThenRecurring.of(first, then);
    }

    // ---------------------------------------------------------------- the end of a period

    /** «по итогам», «по окончании», «до конца», «к концу»: by the period's last day. */
    private boolean resultWords() {
        return seq("по", "итогам") || seq("по", "окончании") || seq("по", "завершении") || seq("до", "конца")
                || seq("до", "окончания") || seq("к", "концу") || seq("к", "окончанию");
    }

    /** «в конце», «конец», «на конец»: in the period's last month. */
    private boolean endWords() {
        return seq("в", "конце") || word("конец") || seq("на", "конец") || seq("в", "конец");
    }

    /**
     * «по итогам I полугодия», «по итогам 2022 года», «по итогам 1 квартала 2022 г.», «по итогам
     * 2021-2022 учебного года», «конец учебного года», «в конце I полугодия учебного года»: by the
     * last day of the period («по итогам») or in its last month («конец»); with no number
     * («по итогам года», «по итогам квартала») each such period. The half-years of a school year end
     * in December and May (classes end in May); a half-year with no «учебного года» is a school
     * one when the context's period starts on 1 September, else a calendar one.
     */
    private @Nullable Deadline results() {
        boolean inLastMonth;
        if (resultWords()) {
            inLastMonth = false;
        } else if (endWords()) {
            inLastMonth = true;
        } else {
            return null;
        }
        word("отчетного", "текущего", "каждого");
        Token t = peek();
        if (t == null) {
            return null;
        }
        // with no number: each period
        if (word("года", "год")) {
            return inLastMonth ? Recurring.yearlyIn(Month.DECEMBER) : Recurring.yearly();
        }
        if (word("квартала", "квартал")) {
            return Recurring.quarterly();
        }
        if (word("месяца", "месяц")) {
            return Recurring.monthly();
        }
        if (word("полугодия", "полугодие")) {
            return Recurring.halfYearly();
        }
        LocalDate last = periodLastDay(t);
        if (last == null) {
            return null;
        }
        return inLastMonth ? InMonth.of(YearMonth.from(last)) : ByDate.of(last);
    }

    /** The last day of the period named at the position (see {@link #results()}), or null. */
    private @Nullable LocalDate periodLastDay(Token t) {
        if (isYear(t)) {
            advance();
            int y1 = t.number();
            int save = pos;
            if (sym("-") || sym("/")) {
                Token t2 = peek();
                if (t2 != null && isYear(t2)) {
                    advance();
                    yearWord();
                    if (schoolYearWords()) {
                        return schoolYearEnd(schoolYear(y1, t2).startYear());
                    }
                    if (t2.number() <= y1) {
                        throw error(t2, "the range of years ends (" + t2.number() + ") before or in the year it starts ("
                                + y1 + ")");
                    }
                    return LocalDate.of(t2.number(), 12, 31);
                }
                pos = save;
            }
            yearWord();
            return LocalDate.of(y1, 12, 31);
        }
        if (schoolYearWords()) {
            int start = schoolYearNumbers();
            if (start == -1) {
                return null;
            }
            return start >= 0 ? schoolYearEnd(start) : nextSchoolYearEnd(t);
        }
        int n = -1;
        if (t.kind == Token.Kind.NUMBER && t.value.length() <= 2) {
            advance();
            n = t.number();
            if (sym("-")) {
                word("й", "го", "м", "е", "ый", "ом", "ой");
            }
        } else if (t.kind == Token.Kind.WORD && ROMAN.containsKey(t.value)) {
            advance();
            n = ROMAN.get(t.value);
        } else if (t.kind == Token.Kind.WORD && ordinal(t.value) > 0) {
            advance();
            n = ordinal(t.value);
        }
        if (n < 0) {
            return null;
        }
        if (word("квартала", "квартал", "квартале") || word("кв")) {
            sym(".");
            if (n < 1 || n > 4) {
                throw error(t, "quarter " + n + " is not between 1 and 4");
            }
            int y = optionalYear();
            if (y < 0) {
                LocalDate anchor = anchor(t);
                if (anchor == null) {
                    return null;
                }
                y = anchor.getYear() + (Days.quarterEnd(anchor.getYear(), n).isBefore(anchor) ? 1 : 0);
            }
            return Days.quarterEnd(y, n);
        }
        if (word("полугодия", "полугодие", "полугодии")) {
            if (n < 1 || n > 2) {
                throw error(t, "half-year " + n + " is not 1 or 2");
            }
            int save = pos;
            int schoolStart = -1;
            Token a = peek();
            if (a != null && isYear(a)) {
                int y = optionalYear();
                int afterYear = pos;
                if (sym("-") || sym("/")) {
                    pos = save;
                    schoolStart = schoolYearNumbersFirst();
                    if (schoolStart < 0) {
                        return null;
                    }
                } else {
                    pos = afterYear;
                    return Days.halfYearEnd(y, n); // «I полугодия 2022 года»: a calendar half-year
                }
            } else if (schoolYearWords()) {
                schoolStart = schoolYearNumbers();
                if (schoolStart == -1) {
                    return null;
                }
            } else if (!schoolShapedContext()) {
                LocalDate anchor = anchor(t);
                if (anchor == null) {
                    return null;
                }
                int y = anchor.getYear() + (Days.halfYearEnd(anchor.getYear(), n).isBefore(anchor) ? 1 : 0);
                return Days.halfYearEnd(y, n);
            } else {
                schoolStart = -2;
            }
            if (schoolStart == -2) {
                LocalDate anchor = anchor(t);
                if (anchor == null) {
                    return null;
                }
                int y = anchor.getMonthValue() >= 9 ? anchor.getYear() : anchor.getYear() - 1;
                LocalDate end = schoolHalfEnd(y, n);
                return end.isBefore(anchor) ? schoolHalfEnd(y + 1, n) : end;
            }
            return schoolHalfEnd(schoolStart, n);
        }
        return null;
    }

    /** After the school-year words: «2021-2022», «2021/2022» or nothing; start year, -2 for none, -1 for a misfit. */
    private int schoolYearNumbers() {
        Token a = peek();
        if (a == null || !isYear(a)) {
            return -2;
        }
        advance();
        if (sym("/") || sym("-")) {
            Token b = peek();
            if (b != null && isYear(b)) {
                advance();
                yearWord();
                return schoolYear(a.number(), b).startYear();
            }
        }
        return -1;
    }

    /** «2021-2022 учебного года», «2021/22 уч. г.»: the start year, or -1. */
    private int schoolYearNumbersFirst() {
        Token a = peek();
        if (a == null || !isYear(a)) {
            return -1;
        }
        advance();
        if (!(sym("/") || sym("-"))) {
            return -1;
        }
        Token b = peek();
        if (b == null || !isYear(b)) {
            return -1;
        }
        advance();
        yearWord();
        return schoolYearWords() ? schoolYear(a.number(), b).startYear() : -1;
    }

    private static LocalDate schoolYearEnd(int startYear) {
        return LocalDate.of(startYear + 1, SCHOOL_YEAR_LAST_MONTH, 31);
    }

    /** The first half of a school year ends on 31 December, the second with the school year (31 May). */
    private static LocalDate schoolHalfEnd(int startYear, int half) {
        return half == 1 ? LocalDate.of(startYear, 12, 31) : schoolYearEnd(startYear);
    }

    private @Nullable LocalDate nextSchoolYearEnd(Token at) {
        LocalDate anchor = anchor(at);
        if (anchor == null) {
            return null;
        }
        int y = anchor.getMonthValue() >= 9 ? anchor.getYear() : anchor.getYear() - 1;
        LocalDate end = schoolYearEnd(y);
        return end.isBefore(anchor) ? schoolYearEnd(y + 1) : end;
    }

    /** Whether the context's period starts on 1 September (a school year's roadmap). */
    private boolean schoolShapedContext() {
        return context.period().map(p -> p.startInclusive().getMonthValue() == 9
                && p.startInclusive().getDayOfMonth() == 1).orElse(false);
    }

    private @Nullable Deadline point() {
        int start = pos;
        if ((seq("в", "период") || seq("в", "срок") || seq("на", "период") || word("период"))
                && word("с", "со")) {
            Deadline d = fromTo();
            if (d != null) {
                return d;
            }
        }
        pos = start;
        if (byWords() || word("к")) {
            RawDate r = rawDate();
            if (r == null) {
                return null;
            }
            LocalDate d = resolve(r);
            return d == null ? null : ByDate.of(d);
        }
        if (word("на") || seq("по", "состоянию", "на")) {
            RawDate r = rawDate();
            if (r != null) {
                LocalDate d = resolve(r);
                return d == null ? null : OnDate.of(d);
            }
        } else if (word("с", "со")) {
            return fromTo();
        } else {
            int beforeDays = pos;
            Deadline days = dayRange();
            if (days != null) {
                return days;
            }
            pos = beforeDays;
            RawDate a = rawDate();
            if (a != null) {
                int save = pos;
                if (sym("-") || word("по")) {
                    RawDate b = rawDate();
                    if (b != null) {
                        return span(a, b);
                    }
                }
                pos = save;
                LocalDate d = resolve(a);
                return d == null ? null : OnDate.of(d);
            }
        }
        if (!(seq("в", "течение") || seq("на", "протяжении") || seq("в", "период"))) {
            word("в", "во");
        }
        return period();
    }

    /** After «с»: «с 25.08 по 05.09.2021», «с 1 по 15 сентября», «с сентября по декабрь». */
    private @Nullable Deadline fromTo() {
        int save = pos;
        Deadline days = dayRange();
        if (days != null) {
            return days;
        }
        pos = save;
        RawDate a = rawDate();
        if (a != null) {
            if (!(word("по", "до") || sym("-"))) {
                return null;
            }
            RawDate b = rawDate();
            return b == null ? null : span(a, b);
        }
        MonthSpec ma = monthSpec();
        if (ma == null || !(word("по", "до") || sym("-"))) {
            return null;
        }
        MonthSpec mb = monthSpec();
        return mb == null ? null : monthRange(ma, mb);
    }

    /** «1 по 15 сентября», «1-15 сентября», «1 - 15.09.2021»: a bare first day takes the month and year of the last. */
    private @Nullable Deadline dayRange() {
        Token first = peek();
        if (first == null || first.kind != Token.Kind.NUMBER || first.value.length() > 2) {
            return null;
        }
        advance();
        dayOrdinalEnding();
        if (!(word("по", "до") || sym("-"))) {
            return null;
        }
        RawDate b = rawDate();
        if (b == null) {
            return null;
        }
        RawDate a = new RawDate(first.number(), b.month, b.year, first, b.monthToken);
        checkDayMonth(a);
        if (a.day >= b.day) {
            throw error(b.dayToken, "the range of days ends (" + b.day + ") before or on the day it starts ("
                    + a.day + ")");
        }
        return span(a, b);
    }

    private @Nullable Deadline period() {
        Token t = peek();
        if (t == null) {
            return null;
        }
        if (isYear(t)) {
            advance();
            int y1 = t.number();
            int save = pos;
            if (sym("-") || sym("/")) {
                Token t2 = peek();
                if (t2 != null && isYear(t2)) {
                    advance();
                    yearWord();
                    int y2 = t2.number();
                    if (schoolYearWords()) {
                        return schoolYear(y1, t2);
                    }
                    if (y2 <= y1) {
                        throw error(t2, "the range of years ends (" + y2 + ") before or in the year it starts ("
                                + y1 + ")");
                    }
                    return YearRange.of(y1, y2);
                }
                pos = save;
            }
            yearWord();
            return InYear.of(y1);
        }
        if (schoolYearWords()) {
            Token a = peek();
            if (a != null && isYear(a)) {
                advance();
                if (sym("/") || sym("-")) {
                    Token b = peek();
                    if (b != null && isYear(b)) {
                        advance();
                        yearWord();
                        return schoolYear(a.number(), b);
                    }
                }
                return null;
            }
            LocalDate anchor = anchor(t);
            if (anchor == null) {
                return null;
            }
            return InSchoolYear.of(anchor.getMonthValue() >= 9 ? anchor.getYear() : anchor.getYear() - 1);
        }
        int n = -1;
        if (t.kind == Token.Kind.NUMBER && t.value.length() <= 2) {
            advance();
            n = t.number();
            if (sym("-")) {
                word("й", "го", "м", "е", "ый", "ом", "ой");
            }
        } else if (t.kind == Token.Kind.WORD && ROMAN.containsKey(t.value)) {
            advance();
            n = ROMAN.get(t.value);
        } else if (t.kind == Token.Kind.WORD && ordinal(t.value) > 0) {
            advance();
            n = ordinal(t.value);
        }
        if (n >= 0) {
            if (word("квартал", "квартале", "квартала") || word("кв")) {
                sym(".");
                if (n < 1 || n > 4) {
                    throw error(t, "quarter " + n + " is not between 1 and 4");
                }
                int y = optionalYear();
                if (y < 0) {
                    LocalDate anchor = anchor(t);
                    if (anchor == null) {
                        return null;
                    }
                    y = anchor.getYear() + (Days.quarterEnd(anchor.getYear(), n).isBefore(anchor) ? 1 : 0);
                }
                return InQuarter.of(y, n);
            }
            if (word("полугодие", "полугодии", "полугодия", "полугодье")) {
                if (n < 1 || n > 2) {
                    throw error(t, "half-year " + n + " is not 1 or 2");
                }
                int save = pos;
                int school = schoolYearNumbersFirst();
                if (school < 0) {
                    pos = save;
                    school = schoolYearWords() ? schoolYearNumbers() : -3;
                    if (school == -1) {
                        return null;
                    }
                    if (school == -3) {
                        pos = save;
                    }
                }
                if (school == -2) {
                    LocalDate anchor = anchor(t);
                    if (anchor == null) {
                        return null;
                    }
                    int y = anchor.getMonthValue() >= 9 ? anchor.getYear() : anchor.getYear() - 1;
                    school = schoolHalfEnd(y, n).isBefore(anchor) ? y + 1 : y;
                }
                if (school >= 0) {
                    // «I полугодие 2021-2022 учебного года»: September to December; the second, January to May
                    return n == 1 ? MonthRange.of(YearMonth.of(school, 9), YearMonth.of(school, 12))
                            : MonthRange.of(YearMonth.of(school + 1, 1), YearMonth.of(school + 1, SCHOOL_YEAR_LAST_MONTH));
                }
                int y = optionalYear();
                if (y < 0) {
                    LocalDate anchor = anchor(t);
                    if (anchor == null) {
                        return null;
                    }
                    y = anchor.getYear() + (Days.halfYearEnd(anchor.getYear(), n).isBefore(anchor) ? 1 : 0);
                }
                return InHalfYear.of(y, n);
            }
            return null;
        }
        return months();
    }

    private InSchoolYear schoolYear(int startYear, Token endToken) {
        int endYear = endToken.number();
        if (endYear != startYear + 1) {
            throw error(endToken, "a school year runs over two consecutive years, not " + startYear + " and " + endYear);
        }
        return InSchoolYear.of(startYear);
    }

    private @Nullable Deadline months() {
        MonthSpec first = monthSpec();
        if (first == null) {
            return null;
        }
        if (sym("-")) {
            MonthSpec second = monthSpec();
            return second == null ? null : monthRange(first, second);
        }
        List<MonthSpec> specs = new ArrayList<>();
        specs.add(first);
        while (true) {
            int save = pos;
            if (!separator()) {
                word("и");
            }
            MonthSpec m = monthSpec();
            if (m == null) {
                pos = save;
                break;
            }
            specs.add(m);
        }
        int carry = -1;
        for (int i = specs.size() - 1; i >= 0; i--) {
            if (specs.get(i).year >= 0) {
                carry = specs.get(i).year;
            } else {
                specs.get(i).year = carry;
            }
        }
        carry = -1;
        for (MonthSpec s : specs) {
            if (s.year >= 0) {
                carry = s.year;
            } else {
                s.year = carry;
            }
        }
        TreeSet<YearMonth> result = new TreeSet<>();
        for (MonthSpec s : specs) {
            YearMonth ym = resolve(s);
            if (ym == null) {
                return null;
            }
            result.add(ym);
        }
        return result.size() == 1 ? InMonth.of(result.first()) : InMonths.of(result);
    }

    private @Nullable Deadline monthRange(MonthSpec a, MonthSpec b) {
        YearMonth first;
        YearMonth last;
        if (b.year >= 0) {
            last = YearMonth.of(b.year, b.month);
            first = a.year >= 0 ? YearMonth.of(a.year, a.month)
                    : YearMonth.of(a.month.getValue() < b.month.getValue() ? b.year : b.year - 1, a.month);
        } else {
            first = resolve(a);
            if (first == null) {
                return null;
            }
            last = YearMonth.of(b.month.getValue() > first.getMonthValue() ? first.getYear() : first.getYear() + 1,
                    b.month);
        }
        if (!last.isAfter(first)) {
            throw error(b.token, "the range of months ends (" + last + ") before or in the month it starts ("
                    + first + ")");
        }
        return MonthRange.of(first, last);
    }

    private @Nullable Deadline span(RawDate a, RawDate b) {
        LocalDate begin;
        LocalDate end;
        if (b.year >= 0) {
            end = resolve(b);
            begin = a.year >= 0 ? resolve(a) : resolveBefore(a, end);
        } else if (a.year >= 0) {
            begin = resolve(a);
            end = resolveAfter(b, begin);
        } else {
            begin = resolve(a);
            if (begin == null) {
                return null;
            }
            end = resolveAfter(b, begin);
        }
        if (begin == null || end == null) {
            return null;
        }
        if (!end.isAfter(begin)) {
            throw error(b.dayToken, "the range of dates ends (" + end + ") before or on the day it starts ("
                    + begin + ")");
        }
        return DateSpan.of(begin, end);
    }

    private @Nullable LocalDate resolveBefore(RawDate a, @Nullable LocalDate end) {
        if (end == null) {
            return null;
        }
        MonthDay day = monthDay(a);
        int year = day.isAfter(MonthDay.from(end)) ? end.getYear() - 1 : end.getYear();
        return resolve(a.withYear(year));
    }

    private @Nullable LocalDate resolveAfter(RawDate b, @Nullable LocalDate begin) {
        if (begin == null) {
            return null;
        }
        MonthDay day = monthDay(b);
        int year = day.isAfter(MonthDay.from(begin)) ? begin.getYear() : begin.getYear() + 1;
        return resolve(b.withYear(year));
    }

    // ---------------------------------------------------------------- dates and months

    /** A date as read, not yet checked: day, month, and year or -1. */
    private static final class RawDate {
        final int day;
        final int month;
        final int year;
        final Token dayToken;
        final Token monthToken;

        RawDate(int day, int month, int year, Token dayToken, Token monthToken) {
            this.day = day;
            this.month = month;
            this.year = year;
            this.dayToken = dayToken;
            this.monthToken = monthToken;
        }

        RawDate withYear(int newYear) {
            return new RawDate(day, month, newYear, dayToken, monthToken);
        }
    }

    /** A month as read, with its year or -1. */
    private static final class MonthSpec {
        final Month month;
        int year;
        final Token token;

        MonthSpec(Month month, int year, Token token) {
            this.month = month;
            this.year = year;
            this.token = token;
        }
    }

    /** «08.10.2020», «01/09/21», «15.03», «1 января 2021 года», «01 октября». */
    private @Nullable RawDate rawDate() {
        int save = pos;
        Token d = peek();
        if (d == null || d.kind != Token.Kind.NUMBER || d.value.length() > 2) {
            return null;
        }
        advance();
        Token sep = peek();
        if (sep != null && sep.kind == Token.Kind.SYMBOL && (sep.value.equals(".") || sep.value.equals("/"))) {
            advance();
            Token m = peek();
            if (m != null && m.kind == Token.Kind.NUMBER && m.value.length() <= 2) {
                advance();
                int year = -1;
                int afterMonth = pos;
                if (sym(sep.value)) {
                    Token y = peek();
                    if (y != null && y.kind == Token.Kind.NUMBER && (y.value.length() == 4 || y.value.length() == 2)) {
                        advance();
                        year = y.value.length() == 2 ? 2000 + y.number() : y.number();
                        yearWord();
                    } else {
                        pos = afterMonth;
                    }
                }
                return new RawDate(d.number(), m.number(), year, d, m);
            }
            pos = save;
            return null;
        }
        Token m = peek();
        Month month = monthWord();
        if (month != null && m != null) {
            return new RawDate(d.number(), month.getValue(), optionalYear(), d, m);
        }
        pos = save;
        return null;
    }

    private MonthDay monthDay(RawDate r) {
        checkDayMonth(r);
        Month m = Month.of(r.month);
        if (r.day > m.maxLength()) {
            throw error(r.dayToken, "day " + r.day + " does not exist in " + Words.enMonth(m));
        }
        return MonthDay.of(m, r.day);
    }

    private void checkDayMonth(RawDate r) {
        if (r.month < 1 || r.month > 12) {
            throw error(r.monthToken, "month " + r.month + " is not between 1 and 12");
        }
        if (r.day < 1 || r.day > 31) {
            throw error(r.dayToken, "day " + r.day + " is not between 1 and 31");
        }
    }

    private @Nullable LocalDate resolve(RawDate r) {
        if (r.year >= 0) {
            checkDayMonth(r);
            Month m = Month.of(r.month);
            if (r.day > m.length(Year.isLeap(r.year))) {
                throw error(r.dayToken, "day " + r.day + " does not exist in " + Words.enMonth(m) + " " + r.year);
            }
            return LocalDate.of(r.year, r.month, r.day);
        }
        MonthDay day = monthDay(r);
        LocalDate anchor = anchor(r.dayToken);
        if (anchor == null) {
            return null;
        }
        for (int y = anchor.getYear(); y <= anchor.getYear() + 8; y++) {
            if (day.isValidYear(y) && !day.atYear(y).isBefore(anchor)) {
                return day.atYear(y);
            }
        }
        return null;
    }

    private @Nullable YearMonth resolve(MonthSpec s) {
        if (s.year >= 0) {
            return YearMonth.of(s.year, s.month);
        }
        LocalDate anchor = anchor(s.token);
        if (anchor == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(anchor.getYear(), s.month);
        return ym.atEndOfMonth().isBefore(anchor) ? ym.plusYears(1) : ym;
    }

    private @Nullable LocalDate anchor(@Nullable Token at) {
        Optional<LocalDate> anchor = context.anchor();
        if (anchor.isEmpty()) {
            if (missingYearAt < 0) {
                missingYearAt = at == null ? 0 : at.start;
            }
            return null;
        }
        return anchor.get();
    }

    private @Nullable MonthSpec monthSpec() {
        Token t = peek();
        Month month = monthWord();
        if (month == null || t == null) {
            return null;
        }
        return new MonthSpec(month, optionalYear(), t);
    }

    private @Nullable Month monthWord() {
        Token t = peek();
        if (t == null || t.kind != Token.Kind.WORD) {
            return null;
        }
        Month m = Words.month(t.value);
        if (m != null) {
            advance();
            if (t.value.length() <= 4) {
                sym(".");
            }
        }
        return m;
    }

    private static boolean isYear(Token t) {
        return t.kind == Token.Kind.NUMBER && t.value.length() == 4 && t.value.charAt(0) != '0';
    }

    private int optionalYear() {
        Token t = peek();
        if (t != null && isYear(t)) {
            advance();
            yearWord();
            return t.number();
        }
        return -1;
    }

    private void yearWord() {
        while (true) {
            Token t = peek();
            if (t == null || t.kind != Token.Kind.WORD || !YEAR_WORDS.contains(t.value)) {
                return;
            }
            advance();
            sym(".");
        }
    }

    private boolean schoolYearWords() {
        if (seq("учебный", "год") || seq("учебного", "года") || seq("учебном", "году")) {
            return true;
        }
        int save = pos;
        if (word("уч")) {
            sym(".");
            if (word("год", "года", "году")) {
                sym(".");
                return true;
            }
        }
        pos = save;
        return false;
    }

    private static int ordinal(String w) {
        if (w.startsWith("перв")) {
            return 1;
        }
        if (w.startsWith("втор")) {
            return 2;
        }
        if (w.startsWith("трет")) {
            return 3;
        }
        if (w.startsWith("четверт")) {
            return 4;
        }
        return -1;
    }

    // ---------------------------------------------------------------- token helpers

    private boolean byWords() {
        return seq("в", "срок", "до") || seq("срок", "до") || seq("не", "позднее") || seq("не", "позже") || word("до");
    }

    /** «раз в месяц», «1 раз в квартал», «один раз в год». */
    private boolean once(String unit) {
        int save = pos;
        if (!word("один")) {
            Token t = peek();
            if (t != null && t.kind == Token.Kind.NUMBER && t.value.equals("1")) {
                advance();
            }
        }
        if (seq("раз", "в", unit)) {
            return true;
        }
        pos = save;
        return false;
    }

    private int smallNumber() {
        Token t = peek();
        if (t != null && t.kind == Token.Kind.NUMBER && t.value.length() <= 2) {
            advance();
            return t.number();
        }
        return -1;
    }

    private boolean separator() {
        return sym(",") || sym(";");
    }

    /** The rest of the phrase as free text, spaces normalized; consumes every token. */
    private String rest() {
        if (pos >= tokens.size()) {
            return "";
        }
        String s = text.substring(tokens.get(pos).start);
        pos = tokens.size();
        maxPos = pos;
        return Words.normalizeFree(s);
    }

    private boolean atEnd() {
        for (int i = pos; i < tokens.size(); i++) {
            if (tokens.get(i).kind != Token.Kind.SYMBOL) {
                return false;
            }
        }
        return true;
    }

    private @Nullable Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : null;
    }

    private void advance() {
        pos++;
        if (pos > maxPos) {
            maxPos = pos;
        }
    }

    private boolean word(String... options) {
        Token t = peek();
        if (t != null && t.kind == Token.Kind.WORD) {
            for (String o : options) {
                if (t.value.equals(o)) {
                    advance();
                    return true;
                }
            }
        }
        return false;
    }

    private boolean seq(String... words) {
        int save = pos;
        for (String w : words) {
            if (!word(w)) {
                pos = save;
                return false;
            }
        }
        return true;
    }

    private boolean sym(String s) {
        Token t = peek();
        if (t != null && t.kind == Token.Kind.SYMBOL && t.value.equals(s)) {
            advance();
            return true;
        }
        return false;
    }

    private DeadlineParseException error(@Nullable Token at, String reason) {
        return new DeadlineParseException(text, at == null ? text.length() : at.start, reason);
    }
}
