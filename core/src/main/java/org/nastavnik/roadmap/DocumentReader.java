package org.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Activity;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentKind;
import org.nastavnik.model.DocumentNote;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.PeriodBasis;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.duty.Duty;
import org.nastavnik.duty.DutyStart;
import org.nastavnik.duty.Occurrence;
import org.nastavnik.deadline.EventDates;
import org.nastavnik.deadline.Recurring;
import org.nastavnik.deadline.FirstThenRecurring;
import org.nastavnik.deadline.Relative;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Territory;
import org.nastavnik.model.WorkingGroupMember;

/** Reads one document: header, order items, tables, working group and cross-checks. */
final class DocumentReader {
    private static final Pattern YEARS = Pattern.compile(
            "(?<!\\d)(20\\d{2})\\s*(?:г\\.?\\s*)?[-–—]\\s*(20\\d{2})(?!\\d)");
    private static final Pattern YEAR = Pattern.compile("на\\s+(20\\d{2})\\s*(?:год|г\\.)", Pattern.UNICODE_CASE);
    /** A plural after a range of years: «годы», «годов», «гг.». */
    private static final Pattern PLURAL_YEARS = Pattern.compile("^\\s*(?:годы|годов|годах|гг\\.?)", Pattern.UNICODE_CASE);

    private @Nullable PeriodBasis basis;
    private String basisWords = "";

    private final ReadOptions options;
    private final Findings findings = new Findings();

    DocumentReader(ReadOptions options) {
        this.options = options;
    }

    ImportResult read(String text) throws ImportException {
        SourceText source = SourceText.of(text, findings);
        if (source.removedCharacters() > 0) {
            findings.add(FindingCode.CONTROL_CHARACTERS,
                    "удалено управляющих символов или нераспознанных байтов: " + source.removedCharacters(),
                    "control characters or undecodable bytes removed: " + source.removedCharacters(),
                    0, null, "");
        }
        List<SourceLine> lines = source.lines();
        int firstTable = TableReader.findHeader(lines, 0);
        int tableStart = firstTable < 0 ? lines.size() : firstTable;
        Header header = HeaderReader.read(lines, tableStart);
        String tableTitle = firstTable < 0 ? null : tableTitle(lines, firstTable);

        DateRange period = period(header, tableTitle);
        LocalDate approvalDate = header.date;
        DeadlineCells deadlines = new DeadlineCells(period, approvalDate, findings);

        List<OrderItemsReader.Item> items = header.operativeStart < 0 ? List.of()
                : OrderItemsReader.items(lines, header.operativeStart, header.operativeEnd);
        List<OrderItemsReader.Obligation> obligations = OrderItemsReader.obligations(items, deadlines);

        TableReader tables = new TableReader(lines, findings, deadlines);
        int next = firstTable;
        int afterTables = tableStart;
        while (next >= 0) {
            afterTables = tables.read(next);
            next = TableReader.findHeader(lines, afterTables);
        }
        List<Activity> activities = uniqueNumbers(Restatements.merge(obligations, tables.activities, findings));
        if (period != null && basis == PeriodBasis.TITLE_YEARS_AMBIGUOUS && approvalDate == null) {
            LocalDate earliest = earliestDated(activities, period);
            if (earliest != null && earliest.isAfter(period.startInclusive())) {
                period = DateRange.of(earliest, period.endInclusive());
                basis = PeriodBasis.TITLE_YEARS_FROM_EARLIEST_ACTIVITY;
            }
        }
        if (period != null && basis != null && basis.isInferred()) {
            String days = period.startInclusive() + " – " + period.endInclusive();
            String ru = switch (basis) {
                case TITLE_YEARS_FROM_EARLIEST_ACTIVITY -> "в названии указаны годы «" + basisWords + "» (учебный год или "
                        + "календарные годы), даты утверждения нет: период принят с первого датированного мероприятия "
                        + "по 31 декабря последнего года";
                case TITLE_YEARS_AMBIGUOUS -> "в названии указаны годы «" + basisWords + "» (учебный год или "
                        + "календарные годы): период принят как календарные годы";
                default -> "в названии нет лет: период принят от даты утверждения до 31 декабря (следующего года, "
                        + "если утверждено с 1 сентября)";
            };
            String en = switch (basis) {
                case TITLE_YEARS_FROM_EARLIEST_ACTIVITY -> "the title gives the years «" + basisWords + "» (a school "
                        + "year or calendar years) and there is no approval date: the period runs from the earliest "
                        + "dated activity to 31 December of the last year";
                case TITLE_YEARS_AMBIGUOUS -> "the title gives the years «" + basisWords + "» (a school year or "
                        + "calendar years): the period is read as calendar years";
                default -> "the title gives no years: the period runs from the approval date to 31 December (of the "
                        + "next year when approved from 1 September)";
            };
            findings.add(FindingCode.PERIOD_INFERRED, ru + " (" + days + "); задайте период явно, если он иной",
                    en + " (" + days + "); set the period explicitly if it differs", 0, null, basisWords);
        }
        List<WorkingGroupMember> group = WorkingGroupReader.read(lines, Math.max(0, header.operativeEnd));

        if (header.isEmpty() && tableTitle == null && items.isEmpty() && tables.rowsRead == 0 && group.isEmpty()) {
            throw new ImportException(ImportException.Reason.NOTHING_READABLE,
                    "nothing could be read from the text (" + lines.size() + " lines): no document kind, date, number, "
                            + "title or signature, no order items and no table of activities"
                            + (source.longLines() > 0 ? "; " + source.longLines() + " line(s) longer than "
                                    + SourceText.MAX_LINE_LENGTH + " characters were skipped" : ""));
        }
        if (firstTable < 0) {
            findings.add(FindingCode.NO_TABLE,
                    "в документе нет таблицы мероприятий; прочитаны только пункты приказа: " + activities.size(),
                    "the document has no table of activities; only the order's items were read: " + activities.size(),
                    0, null, "");
        }
        if (header.kind == null && header.date == null && header.number == null) {
            findings.add(FindingCode.APPROVAL_NOT_FOUND,
                    "не найдены вид, дата и номер утверждающего документа",
                    "the approving document's kind, date and number were not found", 0, null, "");
        }
        checkAppendix(header);
        checkSurnames(lines);

        String title = tableTitle != null ? tableTitle : header.title;
        if (title == null) {
            title = header.kind == DocumentKind.RECOMMENDATIONS ? "Рекомендации" : "Без названия";
            findings.add(FindingCode.TITLE_NOT_FOUND, "название не найдено; использовано «" + title + "»",
                    "no title was found; «" + title + "» is used", 0, null, "");
        }
        var approval = DocumentRef.builder().kind(header.kind == null ? DocumentKind.OTHER : header.kind);
        if (header.number != null) {
            approval.number(header.number);
        }
        if (header.date != null) {
            approval.date(header.date);
        }
        if (header.issuer != null) {
            approval.issuer(header.issuer);
        }
        if (header.title != null) {
            approval.title(header.title);
        }
        String headerText = headerText(lines, tableStart);
        var roadmap = Roadmap.builder()
                .id(options.roadmapId())
                .title(title)
                .level(options.level())
                .kind(RoadmapKinds.read(options.level(), tableTitle, header.title, headerText))
                .territory(territory(TerritoryReader.read(tableTitle != null ? tableTitle : header.title, headerText)))
                .approval(approval.build())
                .sections(tables.sections)
                .activities(activities)
                .workingGroup(group);
        if (header.issuer != null) {
            roadmap.issuer(header.issuer);
        }
        if (header.appendixReference != null) {
            roadmap.appendixReference(header.appendixReference);
        }
        if (period != null) {
            roadmap.period(period);
            if (basis != null) {
                roadmap.periodBasis(basis);
            }
        }
        if (header.place != null) {
            roadmap.place(header.place);
        }
        if (header.signer != null) {
            roadmap.signer(header.signer);
        }
        List<DocumentFinding> sorted = findings.sorted();
        for (DocumentFinding f : sorted) {
            var note = DocumentNote.builder().code(f.code().name())
                    .level(DocumentNote.Level.valueOf(f.level().name()))
                    .russian(f.russian()).english(f.english()).line(f.line()).snippet(f.snippet());
            f.row().ifPresent(note::row);
            roadmap.addDocumentNotes(note.build());
        }
        return ImportResult.of(roadmap.build(), sorted);
    }

    /** The caller's territory, part by part, else the document's. */
    private Territory territory(Territory read) {
        if (options.territory().isEmpty()) {
            return read;
        }
        Territory given = options.territory().get();
        var t = Territory.builder();
        given.region().or(read::region).ifPresent(t::region);
        given.municipality().or(read::municipality).ifPresent(t::municipality);
        return t.build();
    }

    private static String headerText(List<SourceLine> lines, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < end && i < lines.size() && sb.length() < 50_000; i++) {
            String s = lines.get(i).clean();
            if (!s.isBlank()) {
                sb.append(s.replace('\t', ' ')).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Activity numbers are unique within a roadmap (completions name them): a number the document
     * repeats gets «#2», «#3» after its second and later uses; the repetition itself is a finding
     * of the table ({@code DUPLICATE_ACTIVITY_NUMBER}).
     */
    private static List<Activity> uniqueNumbers(List<Activity> activities) {
        Map<String, Integer> used = new HashMap<>();
        List<Activity> out = new ArrayList<>(activities.size());
        for (Activity a : activities) {
            int n = used.merge(a.number(), 1, Integer::sum);
            if (n == 1) {
                out.add(a);
                continue;
            }
            String number = a.number() + "#" + n;
            while (used.containsKey(number)) {
                number = number + "'";
            }
            used.put(number, 1);
            out.add(Activity.builder().from(a).number(number).build());
        }
        return out;
    }

    /** The paragraph right above the table, unless it is the appendix's approval stamp. */
    private static @Nullable String tableTitle(List<SourceLine> lines, int header) {
        int i = header - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        int end = i;
        while (i >= 0 && !lines.get(i).isBlank() && end - i < 12) {
            i--;
        }
        StringBuilder sb = new StringBuilder();
        for (int j = i + 1; j <= end; j++) {
            sb.append(' ').append(lines.get(j).clean());
        }
        String title = SourceText.cell(sb.toString());
        if (title.isEmpty() || title.length() > 1000 || PersonNames.isName(title)
                || title.startsWith("УТВЕРЖДЕН") || title.startsWith("Утвержден") || title.startsWith("Приложение")
                || HeaderReader.operativeMarker(title)) {
            return null;
        }
        return title;
    }

    /**
     * The period: the caller's, else the years in the title («на 2021-2022 год»), else from the
     * approval date to 31 December of that year, or of the next year when the order was signed
     * after 1 September (the school year has begun, so the plan runs through the next year).
     */
    private @Nullable DateRange period(Header header, @Nullable String tableTitle) {
        if (options.period().isPresent()) {
            basis = PeriodBasis.GIVEN;
            return options.period().get();
        }
        for (String title : new String[] {tableTitle, header.title}) {
            if (title == null) {
                continue;
            }
            Matcher range = YEARS.matcher(title);
            if (range.find()) {
                int first = Integer.parseInt(range.group(1));
                int last = Integer.parseInt(range.group(2));
                if (first <= last && last - first < 10) {
                    boolean plural = PLURAL_YEARS.matcher(title.substring(range.end())).find();
                    basis = plural ? PeriodBasis.TITLE_YEARS : PeriodBasis.TITLE_YEARS_AMBIGUOUS;
                    basisWords = SourceText.cell(title.substring(range.start(),
                            Math.min(title.length(), range.end() + 5))).replaceAll("[*\\s]+$", "");
                    return DateRange.of(LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31));
                }
            }
            Matcher year = YEAR.matcher(title);
            if (year.find()) {
                basis = PeriodBasis.TITLE_YEARS;
                return DateRange.year(Integer.parseInt(year.group(1)));
            }
        }
        if (header.date != null) {
            LocalDate date = header.date;
            int lastYear = date.getMonthValue() >= 9 ? date.getYear() + 1 : date.getYear();
            basis = PeriodBasis.FROM_APPROVAL;
            return DateRange.of(date, LocalDate.of(lastYear, 12, 31));
        }
        return null;
    }

    /**
     * The first day of the earliest dated one-off activity within the period (the start of a span
     * such as «Май 2021 г.», else its due day); recurring and relative deadlines date nothing.
     */
    private static @Nullable LocalDate earliestDated(List<Activity> activities, DateRange period) {
        LocalDate earliest = null;
        for (Activity a : activities) {
            Deadline d = a.deadline();
            if (d instanceof Recurring || d instanceof FirstThenRecurring || d instanceof Relative
                    || Duty.notJudged(d).isPresent()) {
                continue;
            }
            for (Occurrence o : Duty.of(d, DutyStart.periodStart(period.startInclusive()))
                    .occurrences(period.endInclusive(), EventDates.none()).occurrences()) {
                LocalDate first = o.spanStart().orElse(o.dueOn());
                if (first.isBefore(period.startInclusive())) {
                    first = period.startInclusive();
                }
                if (earliest == null || first.isBefore(earliest)) {
                    earliest = first;
                }
            }
        }
        return earliest;
    }

    private void checkAppendix(Header header) {
        DocumentRef ref = header.appendixReference;
        if (ref == null) {
            return;
        }
        if (header.appendixBlank) {
            findings.add(FindingCode.APPENDIX_REFERENCE_BLANK,
                    "в грифе приложения не заполнены дата и номер приказа"
                            + (header.number != null ? " (приказ № " + header.number + ")" : ""),
                    "the appendix's reference leaves the order's date and number blank"
                            + (header.number != null ? " (order № " + header.number + ")" : ""),
                    header.appendixLine, null, header.appendixSnippet);
            return;
        }
        if (header.number != null && ref.number().isPresent() && !ref.number().get().equals(header.number)) {
            findings.add(FindingCode.APPENDIX_NUMBER_MISMATCH,
                    "приложение утверждено приказом № " + ref.number().get() + ", а приказ имеет № " + header.number,
                    "the appendix names order № " + ref.number().get() + ", but the order is № " + header.number,
                    header.appendixLine, null, header.appendixSnippet);
        }
        if (header.date != null && ref.date().isPresent() && !ref.date().get().equals(header.date)) {
            findings.add(FindingCode.APPENDIX_DATE_MISMATCH,
                    "приложение утверждено приказом от " + ref.date().get() + ", а приказ датирован " + header.date,
                    "the appendix names an order of " + ref.date().get() + ", but the order is dated " + header.date,
                    header.appendixLine, null, header.appendixSnippet);
        }
    }

    private void checkSurnames(List<SourceLine> lines) {
        Map<String, PersonNames.Name> first = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, Boolean> reported = new HashMap<>();
        for (SourceLine line : lines) {
            for (PersonNames.Name name : PersonNames.find(line.clean())) {
                String key = name.surnameKey();
                PersonNames.Name earlier = first.putIfAbsent(key, name);
                if (earlier == null) {
                    firstLine.put(key, line.number());
                    continue;
                }
                String pair = key + "|" + name.initialsKey();
                if (!Objects.equals(earlier.initialsKey(), name.initialsKey()) && reported.putIfAbsent(pair, true) == null) {
                    findings.add(FindingCode.SAME_SURNAME_DIFFERENT_INITIALS,
                            "фамилия " + name.surname() + " встречается с инициалами " + earlier.initialsKey()
                                    + " («" + earlier.text() + "», строка " + firstLine.get(key) + ") и "
                                    + name.initialsKey() + " («" + name.text() + "»)",
                            "surname " + name.surname() + " appears with initials " + earlier.initialsKey()
                                    + " («" + earlier.text() + "», line " + firstLine.get(key) + ") and "
                                    + name.initialsKey() + " («" + name.text() + "»)",
                            line.number(), null, name.text());
                }
            }
        }
    }
}
