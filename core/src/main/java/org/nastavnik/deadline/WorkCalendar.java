package org.nastavnik.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The work calendar (производственный календарь) that working-day deadlines («в течение 10
 * рабочих дней») count by: Saturdays and Sundays, the fixed non-working holidays of the Labour
 * Code, art. 112 part 1 (1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November),
 * and, year by year, the transfers of days off decreed by the Government, as data.
 *
 * <p>{@link #russia()} ships the years 2020 to 2026 (each with its decree, see
 * {@link #source(int)}, in {@code org/nastavnik/deadline/work-calendar-ru.properties}); a year
 * without data gets weekends, the holidays and the rule of art. 112 part 2 (a holiday on a
 * Saturday or Sunday, other than in January, moves the day off to the next working day). Supply
 * the next year's decree, or your own calendar, as a file in the same format:
 *
 * <pre>{@code
 * WorkCalendar calendar = WorkCalendar.russia().with(WorkCalendar.read(Path.of("work-calendar-2027.properties")));
 * ComplianceEngine engine = ComplianceEngine.builder().workCalendar(calendar).build();
 * LocalDate due = Relative.of(10, Relative.Unit.WORKING_DAYS, NamedEvent.ORDER_SIGNING).dueAfter(signed, calendar);
 * }</pre>
 *
 * <p>The file holds, per year, {@code <year>.source} (the decree), {@code <year>.daysOff}
 * (weekdays that are days off) and {@code <year>.workingDays} (weekend days that are worked),
 * dates {@code yyyy-MM-dd} separated by commas. Immutable and thread-safe.
 */
public final class WorkCalendar {
    private static final Set<MonthDay> HOLIDAYS = Set.of(
            MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4),
            MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
            MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9),
            MonthDay.of(6, 12), MonthDay.of(11, 4));
    private static final String RESOURCE = "work-calendar-ru.properties";
    private static final WorkCalendar RUSSIA = load();
    private static final WorkCalendar STATUTE = new WorkCalendar(Map.of());

    /** The data of one year. */
    private record Year(String source, Set<LocalDate> daysOff, Set<LocalDate> workingDays) {
    }

    private final Map<Integer, Year> years;

    private WorkCalendar(Map<Integer, Year> years) {
        this.years = Collections.unmodifiableMap(new TreeMap<>(years));
    }

    /** @return the Russian calendar with the Government's transfers of 2020 to 2026; the default of every deadline */
    public static WorkCalendar russia() {
        return RUSSIA;
    }

    /** @return weekends and the holidays of art. 112 with its part 2 rule, no decree of any year */
    public static WorkCalendar statute() {
        return STATUTE;
    }

    /**
     * Reads a calendar in the format described above.
     *
     * @param file  a UTF-8 properties file, not null
     * @return the calendar of the years in the file (others by the statute)
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException listing every bad key and date, with the reason
     */
    public static WorkCalendar read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    /**
     * Reads a calendar from text in the format described above.
     *
     * @param text  the properties, not null
     * @return the calendar of the years in the text
     * @throws IllegalArgumentException listing every bad key and date, with the reason
     */
    public static WorkCalendar parse(String text) {
        try {
            return parse(new StringReader(text), "work calendar");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param other  a calendar whose years replace this one's, not null
     * @return this calendar with the years {@code other} has data for taken from it
     */
    public WorkCalendar with(WorkCalendar other) {
        Map<Integer, Year> merged = new TreeMap<>(years);
        merged.putAll(other.years);
        return new WorkCalendar(merged);
    }

    /** @return the years this calendar has decree data for, ascending */
    public Set<Integer> years() {
        return years.keySet();
    }

    /**
     * @param year  a year
     * @return the decree the year's transfers come from, if the calendar has data for the year
     */
    public Optional<String> source(int year) {
        return Optional.ofNullable(years.get(year)).map(Year::source);
    }

    /**
     * @param date  a day, not null
     * @return whether it is a working day
     */
    public boolean isWorkingDay(LocalDate date) {
        Year year = years.get(date.getYear());
        if (year != null) {
            if (year.workingDays().contains(date)) {
                return true;
            }
            if (year.daysOff().contains(date)) {
                return false;
            }
            return !isWeekend(date) && !HOLIDAYS.contains(MonthDay.from(date));
        }
        return !isWeekend(date) && !HOLIDAYS.contains(MonthDay.from(date)) && !movedDayOff(date);
    }

    /**
     * The {@code n}-th working day after {@code date}, which itself is not counted.
     *
     * @param date  the day counted from, not null
     * @param n  how many working days, 0 or more
     * @return the day
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("working days (" + n + ") must not be negative");
        }
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    /**
     * Art. 112 part 2: a weekday is a day off when it is the first weekday after a weekend
     * holiday (not in January) — counted over the run of holidays and weekends before it.
     */
    private static boolean movedDayOff(LocalDate date) {
        if (isWeekend(date) || HOLIDAYS.contains(MonthDay.from(date))) {
            return false;
        }
        int owed = 0;
        LocalDate d = date.minusDays(1);
        while (isWeekend(d) || HOLIDAYS.contains(MonthDay.from(d))) {
            if (isWeekend(d) && HOLIDAYS.contains(MonthDay.from(d)) && d.getMonthValue() != 1) {
                owed++;
            }
            d = d.minusDays(1);
        }
        return owed > 0; // no two non-January holidays fall on one weekend, so one day is owed at most
    }

    private static WorkCalendar load() {
        try (InputStream in = WorkCalendar.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the work calendar " + RESOURCE + " is missing from the class path");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WorkCalendar parse(Reader reader, String name) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        List<String> problems = new ArrayList<>();
        Map<Integer, String> sources = new TreeMap<>();
        Map<Integer, Set<LocalDate>> off = new TreeMap<>();
        Map<Integer, Set<LocalDate>> working = new TreeMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            int dot = key.indexOf('.');
            int year;
            try {
                year = Integer.parseInt(dot < 0 ? key : key.substring(0, dot));
            } catch (NumberFormatException e) {
                problems.add(key + ": not <year>.source, <year>.daysOff or <year>.workingDays");
                continue;
            }
            String field = dot < 0 ? "" : key.substring(dot + 1);
            String value = p.getProperty(key).strip();
            switch (field) {
                case "source" -> sources.put(year, value);
                case "daysOff" -> off.put(year, dates(key, value, year, false, problems));
                case "workingDays" -> working.put(year, dates(key, value, year, true, problems));
                default -> problems.add(key + ": not <year>.source, <year>.daysOff or <year>.workingDays");
            }
        }
        Set<Integer> all = new TreeSet<>(sources.keySet());
        all.addAll(off.keySet());
        all.addAll(working.keySet());
        Map<Integer, Year> years = new TreeMap<>();
        for (int year : all) {
            if (!sources.containsKey(year) || sources.get(year).isEmpty()) {
                problems.add(year + ".source: missing; name the decree the year's transfers come from");
            }
            years.put(year, new Year(sources.getOrDefault(year, ""), off.getOrDefault(year, Set.of()),
                    working.getOrDefault(year, Set.of())));
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + problems.size()
                    + (problems.size() == 1 ? " problem" : " problems") + ": " + String.join("; ", problems));
        }
        return new WorkCalendar(years);
    }

    private static Set<LocalDate> dates(String key, String value, int year, boolean weekend, List<String> problems) {
        Set<LocalDate> dates = new HashSet<>();
        if (value.isEmpty()) {
            return Set.of();
        }
        for (String text : value.split(",")) {
            String t = text.strip();
            try {
                LocalDate d = LocalDate.parse(t);
                if (d.getYear() != year) {
                    problems.add(key + " (" + t + "): not in " + year);
                } else if (weekend != isWeekend(d)) {
                    problems.add(key + " (" + t + "): is a " + d.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT)
                            + (weekend ? "; working days here are the Saturdays and Sundays worked"
                                    : "; days off here are the weekdays not worked"));
                } else {
                    dates.add(d);
                }
            } catch (DateTimeParseException e) {
                problems.add(key + " (" + t + "): not a date yyyy-MM-dd");
            }
        }
        return Set.copyOf(dates);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkCalendar w && years.equals(w.years);
    }

    @Override
    public int hashCode() {
        return Objects.hash(years);
    }

    @Override
    public String toString() {
        return "WorkCalendar" + years.keySet();
    }
}
