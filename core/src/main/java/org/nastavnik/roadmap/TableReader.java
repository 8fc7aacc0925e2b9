package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.Citation;
import org.nastavnik.model.Section;

/**
 * Reads the table of activities.
 *
 * <ul>
 *   <li>Columns are found by their header names in any order and spelling (№ / № п/п; наименование
 *       мероприятия; срок / сроки / срок реализации; ответственный / ответственные / ответственный
 *       исполнитель; результат / вид документа). The row of column numbers («1 2 3 4») is skipped.
 *   <li>A row whose number cell is empty continues the row above after a page break and is merged
 *       into it cell by cell. A row with one cell fewer than the header whose first cell starts with
 *       a small letter is such a continuation that lost its empty number cell.
 *   <li>Rows with more cells than the header carry extra empty cells (a layout shift after a page
 *       break); the column that is empty in every such row is dropped.
 *   <li>A row with a top-level number («1.», «4») and nothing but a title is a section; a row of
 *       text in the first cell and nothing else is an unnumbered section. Deeper numbers («5.1»)
 *       are activities, even without deadline or responsible, unless they head the rows that follow
 *       («5.1 Контроль …:» above 5.1.1 and 5.1.2): such a group heading is a section.
 * </ul>
 */
final class TableReader {
    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.?");
    private static final Pattern NUMBER_HEADER = Pattern.compile("№?п/п\\.?|№п\\.?п\\.?|№\\.?|номер|№пункта");

    enum Column { NUMBER, TITLE, DEADLINE, RESPONSIBLE, RESULT }

    private final List<SourceLine> lines;
    private final Findings findings;
    private final DeadlineCells deadlines;
    final List<Section> sections = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    int rowsRead;

    TableReader(List<SourceLine> lines, Findings findings, DeadlineCells deadlines) {
        this.lines = lines;
        this.findings = findings;
        this.deadlines = deadlines;
    }

    /** @return the index of the first table header line at or after {@code from}, or -1 */
    static int findHeader(List<SourceLine> lines, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (isHeaderLine(line)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeaderLine(SourceLine line) {
        String s = line.clean();
        if (!line.hasCells() || s.length() >= 2000) {
            return false;
        }
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            start++;
        }
        if (start < s.length() && Character.isDigit(s.charAt(start))) {
            return false;
        }
        return isHeader(columns(cells(s)));
    }

    static boolean isHeader(Map<Column, Integer> columns) {
        return columns.size() >= 3 || (columns.size() == 2 && columns.containsKey(Column.TITLE));
    }

    static Map<Column, Integer> columns(List<String> header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            Column c = column(header.get(i));
            if (c != null && !columns.containsKey(c)) {
                columns.put(c, i);
            }
        }
        return columns;
    }

    private static @Nullable Column column(String cell) {
        String s = SourceText.cell(cell).toLowerCase(Locale.ROOT).replace('ё', 'е');
        String compact = s.replace(" ", "");
        if (compact.isEmpty()) {
            return null;
        }
        if (compact.equals("№") || compact.equals("n") || compact.equals("no") || compact.equals("no.")
                || NUMBER_HEADER.matcher(compact).matches()) {
            return Column.NUMBER;
        }
        if (s.startsWith("срок") || s.startsWith("дата") || s.startsWith("период")) {
            return Column.DEADLINE;
        }
        if (s.contains("ответствен") || s.contains("исполнител")) {
            return Column.RESPONSIBLE;
        }
        if (s.contains("результат") || s.contains("вид документа") || s.contains("форма отчет") || s.contains("итог")) {
            return Column.RESULT;
        }
        if (s.contains("наименование") || s.contains("мероприят") || s.contains("содержание")) {
            return Column.TITLE;
        }
        return null;
    }

    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t') {
                cells.add(line.substring(start, i).strip());
                start = i + 1;
            }
        }
        return cells;
    }

    /** One row of the table after page-break continuations are merged into it. */
    private static final class Row {
        final @Nullable String number;
        final @Nullable String sectionText;
        final StringBuilder[] cells;
        final int line;
        final StringBuilder raw = new StringBuilder();

        Row(@Nullable String number, @Nullable String sectionText, List<String> cells, int line, String raw) {
            this.number = number;
            this.sectionText = sectionText;
            this.cells = new StringBuilder[cells.size()];
            for (int i = 0; i < cells.size(); i++) {
                this.cells[i] = new StringBuilder(cells.get(i));
            }
            this.line = line;
            this.raw.append(raw);
        }

        void merge(List<String> more, int skip, String moreRaw) {
            for (int i = 0; i < cells.length && i < more.size(); i++) {
                if (i != skip) {
                    join(cells[i], more.get(i));
                }
            }
            raw.append(" ").append(moreRaw);
        }

        String cell(@Nullable Integer index) {
            return index == null ? "" : SourceText.cell(cells[index].toString());
        }

        String rawCell(@Nullable Integer index) {
            return index == null ? "" : cells[index].toString();
        }
    }

    /** Joins a cell's continuation: «Методисты-» + «предметники» is one word, otherwise a space between. */
    static void join(StringBuilder cell, String more) {
        if (more.isEmpty()) {
            return;
        }
        int n = cell.length();
        if (n == 0) {
            cell.append(more);
            return;
        }
        boolean hyphenated = n >= 2 && cell.charAt(n - 1) == '-' && Character.isLetter(cell.charAt(n - 2))
                && Character.isLowerCase(more.charAt(0));
        if (!hyphenated) {
            cell.append(' ');
        }
        cell.append(more);
    }

    /**
     * Reads the table whose header is at {@code headerIndex}.
     *
     * @return the index of the first line after the table
     */
    int read(int headerIndex) {
        SourceLine headerLine = lines.get(headerIndex);
        List<String> header = cells(headerLine.clean());
        Map<Column, Integer> columns = columns(header);
        int width = header.size();
        reportMissingColumns(columns, headerLine);
        int end = tableEnd(headerIndex);
        int shift = shiftColumn(headerIndex + 1, end, width);
        boolean shiftReported = false;
        Integer numberColumn = columns.get(Column.NUMBER);
        Integer titleColumn = columns.get(Column.TITLE);
        List<Row> rows = new ArrayList<>();
        Row last = null;
        for (int i = headerIndex + 1; i < end; i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = cells(line.clean());
            if (cells.stream().allMatch(String::isEmpty) || isColumnNumbers(cells)) {
                continue;
            }
            rowsRead++;
            if (cells.size() > width) {
                boolean shifted = fitWide(cells, width, shift);
                if (shifted && !shiftReported) {
                    shiftReported = true;
                    findings.add(FindingCode.TABLE_COLUMNS_SHIFTED,
                            "со строки " + line.number() + " строки таблицы содержат лишнюю пустую ячейку (столбец "
                                    + (shift + 1) + "); она отброшена",
                            "from line " + line.number() + " on, table rows carry an extra empty cell (column "
                                    + (shift + 1) + "); it was dropped",
                            line.number(), null, line.raw());
                }
                if (cells.size() > width) {
                    findings.add(FindingCode.TABLE_ROW_UNREADABLE,
                            "в строке " + cells.size() + " ячеек при " + width + " столбцах; лишние ячейки добавлены к последнему столбцу",
                            "the row has " + cells.size() + " cells for " + width + " columns; the extra cells were added to the last column",
                            line.number(), null, line.raw());
                    StringBuilder tail = new StringBuilder();
                    while (cells.size() >= width) {
                        join(tail, cells.remove(width - 1));
                    }
                    cells.add(tail.toString());
                }
            }
            boolean lostNumberCell = false;
            if (cells.size() < width) {
                String first = cells.get(0);
                lostNumberCell = numberColumn != null && numberColumn == 0 && last != null && !first.isEmpty()
                        && !ROW_NUMBER.matcher(first).matches() && startsSmall(first);
                if (lostNumberCell && cells.size() == 1 && titleColumn != null) {
                    List<String> moved = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        moved.add(c == titleColumn ? first : "");
                    }
                    cells = moved;
                } else if (lostNumberCell) {
                    cells.add(0, "");
                }
                while (cells.size() < width) {
                    cells.add("");
                }
            }
            if (numberColumn == null) {
                last = new Row(String.valueOf(rows.size() + 1), null, cells, line.number(), line.raw().strip());
                rows.add(last);
                continue;
            }
            String number = stripNumber(cells.get(numberColumn));
            if (number.isEmpty()) {
                if (last == null) {
                    unreadable(line, "строка продолжения без строки выше", "a continuation row with no row above it");
                } else {
                    last.merge(cells, numberColumn, line.raw().strip());
                }
            } else if (ROW_NUMBER.matcher(number).matches()) {
                last = new Row(trimDot(number), null, cells, line.number(), line.raw().strip());
                rows.add(last);
            } else if (othersEmpty(cells, numberColumn)) {
                last = new Row(null, number, cells, line.number(), line.raw().strip());
                rows.add(last);
            } else {
                unreadable(line, "в ячейке номера текст «" + SourceText.shorten(number, 60) + "» вместо номера",
                        "the number cell holds text «" + SourceText.shorten(number, 60) + "» instead of a number");
                last = null;
            }
        }
        toModel(rows, columns);
        return end;
    }

    private void unreadable(SourceLine line, String russian, String english) {
        findings.add(FindingCode.TABLE_ROW_UNREADABLE, "строка таблицы не прочитана: " + russian,
                "table row not read: " + english, line.number(), null, line.raw());
    }

    private void reportMissingColumns(Map<Column, Integer> columns, SourceLine header) {
        for (Column c : List.of(Column.NUMBER, Column.TITLE, Column.DEADLINE, Column.RESPONSIBLE)) {
            if (!columns.containsKey(c)) {
                String ru = switch (c) {
                    case NUMBER -> "номер (№ п/п); мероприятия пронумерованы по порядку";
                    case TITLE -> "наименование мероприятия; строки не прочитаны как мероприятия";
                    case DEADLINE -> "срок; у мероприятий нет срока";
                    default -> "ответственный; у мероприятий нет ответственных";
                };
                String en = switch (c) {
                    case NUMBER -> "number (№ п/п); activities are numbered in order";
                    case TITLE -> "activity name; rows were not read as activities";
                    case DEADLINE -> "deadline (срок); activities have no deadline";
                    default -> "responsible (ответственный); activities have no responsible party";
                };
                findings.add(FindingCode.TABLE_COLUMN_MISSING, "в таблице нет столбца: " + ru,
                        "the table has no column: " + en, header.number(), null, header.raw());
            }
        }
    }

    /** The table runs over lines with cells; a line without cells belongs to it only if the table goes on after it. */
    private int tableEnd(int headerIndex) {
        int i = headerIndex + 1;
        while (i < lines.size()) {
            SourceLine line = lines.get(i);
            if (isHeaderLine(line)) {
                return i;
            }
            if (line.isBlank() || line.hasCells()) {
                i++;
                continue;
            }
            int next = i + 1;
            while (next < lines.size() && lines.get(next).isBlank()) {
                next++;
            }
            if (next < lines.size() && lines.get(next).hasCells() && line.clean().length() < 2000) {
                i = next;
                continue;
            }
            return i;
        }
        return lines.size();
    }

    /** @return the column that is empty in every row wider than the header, or -1 */
    private int shiftColumn(int from, int end, int width) {
        Set<Integer> candidates = null;
        for (int i = from; i < end; i++) {
            SourceLine line = lines.get(i);
            if (!line.hasCells()) {
                continue;
            }
            List<String> cells = cells(line.clean());
            if (cells.size() != width + 1) {
                continue;
            }
            Set<Integer> empty = new HashSet<>();
            for (int c = 0; c < width; c++) {
                if (cells.get(c).isEmpty()) {
                    empty.add(c);
                }
            }
            if (candidates == null) {
                candidates = empty;
            } else {
                candidates.retainAll(empty);
            }
        }
        if (candidates == null || candidates.isEmpty()) {
            return -1;
        }
        return candidates.stream().mapToInt(Integer::intValue).max().getAsInt();
    }

    /** Drops extra empty cells; @return whether the learned shift column was dropped. */
    private static boolean fitWide(List<String> cells, int width, int shift) {
        boolean shifted = false;
        if (shift >= 0 && cells.size() == width + 1 && cells.get(shift).isEmpty()) {
            cells.remove(shift);
            shifted = true;
        }
        while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        for (int c = cells.size() - 2; c > 0 && cells.size() > width; c--) {
            if (cells.get(c).isEmpty()) {
                cells.remove(c);
            }
        }
        return shifted;
    }

    private static boolean isColumnNumbers(List<String> cells) {
        if (cells.size() < 3) {
            return false;
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).equals(String.valueOf(i + 1)) && !cells.get(i).equals((i + 1) + ".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean othersEmpty(List<String> cells, int except) {
        for (int i = 0; i < cells.size(); i++) {
            if (i != except && !cells.get(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSmall(String s) {
        char c = s.charAt(0);
        return Character.isLowerCase(c) || c == '(' || c == '-' || c == '–' || c == ',' || c == ';';
    }

    private static String stripNumber(String cell) {
        String s = SourceText.cell(cell);
        if (s.startsWith("№")) {
            s = s.substring(1).strip();
        }
        return s;
    }

    private static String trimDot(String number) {
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }

    private void toModel(List<Row> rows, Map<Column, Integer> columns) {
        Integer title = columns.get(Column.TITLE);
        Integer deadline = columns.get(Column.DEADLINE);
        Integer responsible = columns.get(Column.RESPONSIBLE);
        Integer result = columns.get(Column.RESULT);
        Set<String> numberedSections = new HashSet<>();
        Set<String> seen = new HashSet<>();
        String currentSection = null;
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.sectionText != null) {
                String text = SourceText.cell(row.sectionText + " " + rest(row, columns));
                sections.add(Section.builder().title(text).build());
                currentSection = String.valueOf(sections.size());
                continue;
            }
            String number = row.number;
            if (title == null) {
                findings.add(FindingCode.TABLE_ROW_UNREADABLE,
                        "строка таблицы не прочитана: нет столбца наименования",
                        "table row not read: the table has no activity name column", row.line, number,
                        row.raw.toString());
                continue;
            }
            String name = row.cell(title);
            boolean onlyTitle = row.cell(deadline).isEmpty() && row.cell(responsible).isEmpty()
                    && row.cell(result).isEmpty();
            boolean numbered = columns.containsKey(Column.NUMBER);
            if (numbered && onlyTitle && !name.isEmpty()
                    && (number.indexOf('.') < 0 || headsNext(rows, r, number))) {
                // a top-level row of a title alone, or a group heading such as 5.1 above 5.1.1: a section
                String sectionTitle = withoutNumber(name, number);
                if (number.indexOf('.') > 0 && sectionTitle.endsWith(":")) {
                    sectionTitle = sectionTitle.substring(0, sectionTitle.length() - 1).strip();
                }
                sections.add(Section.builder().number(number).title(sectionTitle).build());
                numberedSections.add(number);
                if (number.indexOf('.') < 0) {
                    currentSection = number;
                }
                continue;
            }
            if (name.isEmpty() && onlyTitle) {
                findings.add(FindingCode.TABLE_ROW_UNREADABLE, "строка таблицы не прочитана: только номер",
                        "table row not read: it holds only a number", row.line, number, row.raw.toString());
                continue;
            }
            if (!seen.add(number)) {
                findings.add(FindingCode.DUPLICATE_ACTIVITY_NUMBER, "номер мероприятия " + number + " повторяется",
                        "activity number " + number + " is repeated", row.line, number, row.raw.toString());
            }
            String section = currentSection;
            for (int dot = number.lastIndexOf('.'); dot > 0; dot = number.lastIndexOf('.', dot - 1)) {
                if (numberedSections.contains(number.substring(0, dot))) {
                    section = number.substring(0, dot);
                    break;
                }
            }
            String deadlineText = row.cell(deadline);
            var activity = Activity.builder()
                    .number(number)
                    .title(name)
                    .deadlineText(deadlineText)
                    .deadline(deadlines.parse(deadlineText, row.line, number))
                    .responsible(ResponsibleSplitter.split(row.rawCell(responsible)))
                    .origin(ActivityOrigin.TABLE)
                    .addCitations(Citation.tableRow(number));
            if (section != null) {
                activity.sectionNumber(section);
            }
            String expected = row.cell(result);
            if (!expected.isEmpty()) {
                activity.expectedResult(expected);
            }
            activities.add(activity.build());
        }
    }

    /** Whether the next numbered row stands under this one (5.1.1 under 5.1). */
    private static boolean headsNext(List<Row> rows, int r, String number) {
        for (int next = r + 1; next < rows.size(); next++) {
            Row row = rows.get(next);
            if (row.number != null) {
                return row.number.startsWith(number + ".");
            }
        }
        return false;
    }

    private static String rest(Row row, Map<Column, Integer> columns) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.cells.length; i++) {
            if (!Integer.valueOf(i).equals(columns.get(Column.NUMBER))) {
                join(sb, row.cells[i].toString());
            }
        }
        return sb.toString();
    }

    private static String withoutNumber(String title, String number) {
        String s = title;
        if (s.startsWith(number + ".") || s.startsWith(number + " ")) {
            s = s.substring(number.length() + 1).strip();
        }
        return s;
    }
}
