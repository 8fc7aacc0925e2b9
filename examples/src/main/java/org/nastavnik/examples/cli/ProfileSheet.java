package org.nastavnik.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nastavnik.common.Language;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.ProfileLayer;
import org.nastavnik.rules.Profiles;
import org.nastavnik.rules.RuleDescriptor;
import org.nastavnik.rules.Waiver;
import org.nastavnik.rules.spi.Parameter;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * A rule profile as a spreadsheet a methodologist edits (XLSX, or CSV with the same columns), one
 * sheet «Параметры»: rows 1–3 the region, municipality and packs; row 5 the header; from row 6 one
 * row per parameter (parameter, value, unit, meaning, and a reason when the value is relaxed) and
 * one row per rule switched off (the rule in column E, the reason in F). Errors are in Russian and
 * name the sheet and the cell: {@code Параметры!B7: значение 400 вне допустимого диапазона 1..365}.
 * Organization layers are not written (the territory's parameters are).
 */
final class ProfileSheet {

    static final String SHEET = "Параметры";
    private static final String[] HEADER = {"Параметр", "Значение", "Единица", "Смысл", "Отключить правило", "Причина"};
    private static final int FIRST = 5; // zero-based index of the first data row (row 6)

    private ProfileSheet() {
    }

    /** @return whether a file is a spreadsheet profile, by its extension */
    static boolean isSheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    /** @return the rows of a profile: the three heading rows, a blank, the header, the parameters and the waivers */
    static List<String[]> rows(Profile profile) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Регион", profile.region().map(r -> r.code()).orElse(""), "", "", "", ""});
        rows.add(new String[] {"Муниципалитет", profile.municipality().orElse(""), "", "", "", ""});
        List<String> packs = new ArrayList<>();
        profile.rulePacks().stream().filter(p -> !p.id().equals(RulePack.federal().id())).forEach(p -> packs.add(p.id()));
        rows.add(new String[] {"Пакеты правил", String.join(", ", packs), "", "", "", ""});
        rows.add(new String[] {"", "", "", "", "", ""});
        rows.add(HEADER.clone());
        Map<String, String> relaxed = new LinkedHashMap<>();
        for (ProfileLayer l : profile.layers()) {
            if (l.level() != ProfileLayer.Level.ORGANIZATION) {
                relaxed.putAll(l.relaxations());
            }
        }
        RuleParameters values = profile.parameters();
        for (Parameter<?> p : values.declared()) {
            rows.add(new String[] {p.key(), values.text(p.key()), unit(p), p.meaning(Language.RU), "",
                relaxed.getOrDefault(p.key(), "")});
        }
        for (Waiver w : profile.waivers()) {
            if (w.switchesOff()) {
                rows.add(new String[] {"", "", "", "", w.ruleId(), w.reason()});
            }
        }
        return rows;
    }

    /** @return the unit of a parameter, in Russian, from its type and key */
    static String unit(Parameter<?> p) {
        String k = p.key();
        if (p.type() == java.time.MonthDay.class) {
            return "день года (--ММ-ДД)";
        }
        if (k.endsWith("Days")) {
            return "дней";
        }
        if (k.endsWith("Months")) {
            return "месяцев";
        }
        if (k.endsWith("Years") || k.endsWith("Age")) {
            return "лет";
        }
        if (k.endsWith("DayOfMonth")) {
            return "число месяца";
        }
        return p.type() == java.util.OptionalInt.class ? "число или none" : "число";
    }

    /** @return the profile as an XLSX workbook */
    static byte[] xlsx(Profile profile) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            List<String[]> rows = rows(profile);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int c = 0; c < rows.get(i).length; c++) {
                    if (!rows.get(i)[c].isEmpty()) {
                        row.createCell(c, CellType.STRING).setCellValue(rows.get(i)[c]);
                    }
                }
            }
            for (int c = 0; c < HEADER.length; c++) {
                sheet.setColumnWidth(c, c == 3 ? 80 * 256 : 24 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** @return the profile as CSV (UTF-8, «;» between cells, as spreadsheet programs in Russian write it) */
    static String csv(Profile profile) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : rows(profile)) {
            for (int c = 0; c < row.length; c++) {
                String v = row[c];
                sb.append(c == 0 ? "" : ";").append(v.contains(";") || v.contains("\"") || v.contains("\n")
                        ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * Reads a spreadsheet profile.
     *
     * @param file  an .xlsx or .csv file
     * @param packs  packs besides the built-in ones it may name
     * @return the profile
     * @throws IllegalArgumentException listing every problem in Russian, each with the sheet and the cell
     * @throws IOException if the file cannot be read
     */
    static Profile read(Path file, List<RulePack> packs) throws IOException {
        List<String[]> rows;
        String sheet;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            rows = csvRows(Files.readString(file, StandardCharsets.UTF_8));
            sheet = file.getFileName().toString();
        } else {
            sheet = SHEET;
            try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
                Sheet s = wb.getSheet(SHEET);
                if (s == null) {
                    throw new IllegalArgumentException(file + ": нет листа «" + SHEET + "»");
                }
                rows = xlsxRows(s);
            } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.EmptyFileException e) {
                throw new IllegalArgumentException(file + ": не книга Excel (XLSX): " + e.getMessage(), e);
            }
        }
        return parse(rows, sheet, file.toString(), packs);
    }

    static Profile parse(List<String[]> rows, String sheet, String source, List<RulePack> given) {
        List<String> problems = new ArrayList<>();
        String region = cell(rows, 0, 1);
        String municipality = cell(rows, 1, 1);
        String packList = cell(rows, 2, 1);
        if (!cell(rows, 0, 0).equals("Регион") || !cell(rows, 4, 0).equals(HEADER[0])) {
            throw new IllegalArgumentException(source + ": " + sheet + "!A1: не профиль правил: ожидались «Регион» в A1 и "
                    + "заголовок «" + String.join(" | ", HEADER) + "» в строке 5");
        }
        if (!region.isEmpty()) {
            try {
                org.nastavnik.model.RegionCode.of(region);
            } catch (IllegalArgumentException e) {
                problems.add(sheet + "!B1: код региона «" + region + "» — две цифры от 01 до 99, например 31");
            }
        }
        Map<String, RulePack> known = new LinkedHashMap<>();
        Profiles.builtInPacks().forEach(p -> known.put(p.id(), p));
        given.forEach(p -> known.putIfAbsent(p.id(), p));
        List<RulePack> packs = new ArrayList<>();
        for (String id : packList.split(",")) {
            if (id.isBlank()) {
                continue;
            }
            RulePack p = known.get(id.strip());
            if (p == null) {
                problems.add(sheet + "!B3: нет пакета правил «" + id.strip() + "»; известные: "
                        + String.join(", ", known.keySet()));
            } else {
                packs.add(p);
            }
        }
        RuleParameters.Builder declared = RuleParameters.builder();
        packs.forEach(p -> declared.declare(p.parameters()));
        RuleParameters params = declared.build();
        Set<String> rules = new TreeSet<>();
        ComplianceEngine.federal().rules().forEach(r -> rules.add(r.id()));
        for (RulePack p : packs) {
            try {
                ComplianceEngine.builder().rulePack(p).build().rules().stream().map(RuleDescriptor::id).forEach(rules::add);
            } catch (RuntimeException e) {
                problems.add(sheet + "!B3: пакет «" + p.id() + "» не загружается: " + e.getMessage());
            }
        }
        Profile.Builder b = Profile.builder();
        if (!region.isEmpty()) {
            b.region(region);
            if (!municipality.isEmpty()) {
                b.municipality(municipality);
            }
        } else if (!municipality.isEmpty()) {
            problems.add(sheet + "!B2: муниципалитет «" + municipality + "» указан без региона (B1)");
        }
        packs.forEach(b::rulePack);
        Set<String> seen = new TreeSet<>();
        for (int i = FIRST; i < rows.size(); i++) {
            int line = i + 1;
            String key = cell(rows, i, 0);
            String value = cell(rows, i, 1);
            String rule = cell(rows, i, 4);
            String reason = cell(rows, i, 5);
            if (key.isEmpty() && rule.isEmpty()) {
                if (!value.isEmpty() || !reason.isEmpty()) {
                    problems.add(sheet + "!A" + line + ": строка без параметра и без правила; заполните A или E");
                }
                continue;
            }
            if (!key.isEmpty()) {
                var p = params.declared(key);
                if (p.isEmpty()) {
                    problems.add(sheet + "!A" + line + ": неизвестный параметр «" + key + "»; известные: "
                            + String.join(", ", params.asText().keySet()));
                    continue;
                }
                if (!seen.add(key)) {
                    problems.add(sheet + "!A" + line + ": параметр «" + key + "» указан второй раз");
                    continue;
                }
                try {
                    p.get().parse(value);
                } catch (IllegalArgumentException e) {
                    boolean range = e.getMessage().contains("out of range");
                    problems.add(sheet + "!B" + line + ": значение " + (value.isEmpty() ? "не указано"
                            : range ? value + " вне допустимого диапазона " + p.get().allowed()
                                    : "«" + value + "» не читается; допустимо: " + p.get().allowed()));
                    continue;
                }
                if (region.isEmpty()) {
                    if (!p.get().parse(value).equals(p.get().defaultValue())) {
                        problems.add(sheet + "!B" + line + ": значение " + value + " отличается от федерального "
                                + p.get().defaultText() + ", а регион (B1) не указан; укажите регион");
                    }
                    continue;
                }
                b.parameter(key, value);
                if (!reason.isEmpty()) {
                    if (!params.toBuilder().set(key, value).build().isWeakerThan(key, params)) {
                        problems.add(sheet + "!F" + line + ": причина указана, но значение " + value + " не мягче "
                                + "значения по умолчанию " + p.get().defaultText() + "; уберите причину");
                    } else {
                        b.relax(key, reason);
                    }
                }
            }
            if (!rule.isEmpty()) {
                if (!rules.contains(rule)) {
                    problems.add(sheet + "!E" + line + ": нет правила «" + rule + "» ни в федеральном перечне, ни в "
                            + "пакетах профиля");
                } else if (reason.isEmpty()) {
                    problems.add(sheet + "!F" + line + ": не указана причина отключения правила «" + rule
                            + "»; причина показывается в каждом отчёте");
                } else if (region.isEmpty()) {
                    problems.add(sheet + "!E" + line + ": правило отключено, а регион (B1) не указан; укажите регион");
                } else {
                    b.waive(rule, reason);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("профиль " + source + ": " + problems.size() + " "
                    + errors(problems.size()) + ":\n  " + String.join("\n  ", problems));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("профиль " + source + " не принят: " + e.getMessage(), e);
        }
    }

    /** @return «ошибка», «ошибки» or «ошибок», as the number asks */
    static String errors(int n) {
        int tens = n % 100;
        int last = n % 10;
        if (tens >= 11 && tens <= 14) {
            return "ошибок";
        }
        return last == 1 ? "ошибка" : last >= 2 && last <= 4 ? "ошибки" : "ошибок";
    }

    private static String cell(List<String[]> rows, int row, int col) {
        if (row >= rows.size() || col >= rows.get(row).length || rows.get(row)[col] == null) {
            return "";
        }
        return rows.get(row)[col].strip();
    }

    private static List<String[]> xlsxRows(Sheet sheet) {
        DataFormatter f = new DataFormatter(Locale.ROOT);
        List<String[]> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String[] cells = new String[HEADER.length];
            for (int c = 0; c < cells.length; c++) {
                Cell cell = row == null ? null : row.getCell(c);
                cells[c] = cell == null ? "" : f.formatCellValue(cell);
            }
            rows.add(cells);
        }
        return rows;
    }

    static List<String[]> csvRows(String text) {
        List<String[]> rows = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char sep = body.lines().findFirst().orElse("").contains(";") ? ';' : ',';
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == sep) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cur.toString());
                cur.setLength(0);
                rows.add(cells.toArray(new String[0]));
                cells.clear();
            } else {
                cur.append(ch);
            }
        }
        if (cur.length() > 0 || !cells.isEmpty()) {
            cells.add(cur.toString());
            rows.add(cells.toArray(new String[0]));
        }
        return rows;
    }
}
