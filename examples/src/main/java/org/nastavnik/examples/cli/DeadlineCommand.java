package org.nastavnik.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;
import org.nastavnik.common.Limits;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParseException;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.deadline.Unrecognized;
import org.nastavnik.duty.Readings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code deadline "<phrase>"}: what a deadline phrase means and when it falls due. */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = "Explain a deadline phrase (срок) and list its due dates in a period.")
final class DeadlineCommand implements Callable<Integer> {

    @ParentCommand
    NastavnikCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "<phrase>", description = "The phrase, such as \"Ежегодно, до 01 октября\".")
    String phrase;

    @Option(names = "--context", paramLabel = "<from..to>",
            description = "The period to list due dates in and to take missing years from, such as 2021-09-01..2022-08-31 "
                    + "(default: the current school year).")
    String context;

    @Override
    public Integer call() {
        DateRange period = context == null ? currentSchoolYear() : parsePeriod(context);
        Deadline deadline;
        try {
            deadline = DeadlineParser.parse(phrase, DeadlineContext.of(period));
        } catch (DeadlineParseException e) {
            throw new UserError("deadline " + Text.quote(e.text()) + ", position " + (e.index() + 1) + ": " + e.reason());
        }
        List<LocalDate> occurrences = deadline.occurrences(period);
        if (occurrences.size() > Limits.MAX_OCCURRENCES) {
            throw new UserError("--context " + Text.quote(period.toString()) + ": " + occurrences.size()
                    + " due dates, more than the " + Limits.MAX_OCCURRENCES + " listed at most; choose a shorter period");
        }
        String result = switch (common.format) {
            case json -> json(deadline, period, occurrences);
            case text -> text(deadline, period, occurrences, common.language);
            default -> throw new UserError("deadline: format " + common.format + " is not supported; use text or json");
        };
        common.write(result, parent.out);
        return Cli.OK;
    }

    private String text(Deadline d, DateRange period, List<LocalDate> occurrences, Language lang) {
        boolean ru = lang == Language.RU;
        StringBuilder sb = new StringBuilder();
        line(sb, ru ? "Фраза" : "Phrase", "«" + phrase.strip() + "»");
        if (d instanceof Unrecognized u) {
            line(sb, ru ? "Понимается" : "Means", ru ? "не распознано" : "not recognized");
            line(sb, ru ? "Причина" : "Reason", u.reason() + (u.unreadPart().isEmpty() ? "" : " («" + u.unreadPart() + "»)"));
        } else {
            line(sb, ru ? "Понимается" : "Means", d.toPhrase(lang));
        }
        String reading = Readings.explain(d, phrase, lang);
        if (!reading.isEmpty()) {
            line(sb, ru ? "Прочтение" : "Reading", reading);
        }
        line(sb, ru ? "Просрочка" : "Overdue",
                d.isJudged() ? (ru ? "оценивается" : "judged") : (ru ? "не оценивается" : "not judged"));
        line(sb, ru ? "Период" : "Period", Dates.format(period.startInclusive(), lang) + " – " + Dates.format(period.endInclusive(), lang));
        if (occurrences.isEmpty()) {
            line(sb, ru ? "Сроки" : "Due dates", ru ? "нет" : "none");
        } else {
            line(sb, ru ? "Сроки" : "Due dates", occurrences.size() + "");
            for (LocalDate date : occurrences) {
                sb.append("  ").append(Dates.format(date, lang)).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, String label, String value) {
        sb.append(String.format("%-12s %s%n", label + ":", value));
    }

    private String json(Deadline d, DateRange period, List<LocalDate> occurrences) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("phrase", phrase);
        root.put("kind", d.getClass().getSimpleName());
        root.put("recognized", !(d instanceof Unrecognized));
        if (d instanceof Unrecognized u) {
            root.put("reason", u.reason());
            root.put("unreadPart", u.unreadPart());
        }
        root.put("ru", d.toPhrase(Language.RU));
        root.put("en", d.toPhrase(Language.EN));
        root.put("judged", d.isJudged());
        String readingRu = Readings.explain(d, phrase, Language.RU);
        if (!readingRu.isEmpty()) {
            root.put("readingRu", readingRu);
            root.put("readingEn", Readings.explain(d, phrase, Language.EN));
        }
        ObjectNode p = root.putObject("period");
        p.put("startInclusive", period.startInclusive().toString());
        p.put("endInclusive", period.endInclusive().toString());
        ArrayNode dates = root.putArray("occurrences");
        occurrences.forEach(o -> dates.add(o.toString()));
        return Json.write(root);
    }

    static DateRange parsePeriod(String text) {
        return Periods.parse("--context", text);
    }

    private static DateRange currentSchoolYear() {
        LocalDate today = LocalDate.now();
        return DateRange.schoolYear(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
    }
}
