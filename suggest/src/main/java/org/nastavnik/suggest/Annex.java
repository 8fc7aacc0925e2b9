package org.nastavnik.suggest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.nastavnik.common.Language;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Person;
import org.nastavnik.model.Snapshot;

/**
 * The draft annex to the order fixing pairs (проект приложения к приказу о закреплении
 * наставнических пар): one row per pair or group — number, mentor, mentees, form, start date —
 * in JSON, HTML or XLSX; the HTML and XLSX drafts add, outside the annex, the reasons, the mentees
 * left without a mentor and the window for forming pairs, for the curator's review.
 *
 * <p>People are named by id unless {@link #withNames()} is asked for and the snapshot has their
 * names (personal data, for a document meant for people). Forms are named in words, dates as
 * {@code dd.MM.yyyy} in Russian. Immutable.
 */
public final class Annex {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Suggestions suggestions;
    private final Map<String, Person> people;
    private final Map<String, Organization> organizations;
    private final boolean names;
    private final Language language;

    private Annex(Suggestions suggestions, Map<String, Person> people, Map<String, Organization> organizations,
            boolean names, Language language) {
        this.suggestions = suggestions;
        this.people = people;
        this.organizations = organizations;
        this.names = names;
        this.language = language;
    }

    /**
     * @param suggestions  the suggestions, not null
     * @param snapshot  the snapshot they were made from, for the organizations' and (on request) people's names, not null
     * @return the annex in Russian, people by id
     * @throws IllegalArgumentException if an argument is null
     */
    public static Annex of(Suggestions suggestions, Snapshot snapshot) {
        if (suggestions == null || snapshot == null) {
            throw new IllegalArgumentException("annex: suggestions (" + (suggestions == null ? "null" : "given")
                    + ") and snapshot (" + (snapshot == null ? "null" : "given") + ") are both required");
        }
        Map<String, Person> people = new HashMap<>();
        snapshot.people().forEach(p -> people.put(p.id(), p));
        Map<String, Organization> organizations = new HashMap<>();
        snapshot.organizations().forEach(o -> organizations.put(o.id(), o));
        return new Annex(suggestions, people, organizations, false, Language.RU);
    }

    /** @return the same annex naming people by their full names where the snapshot has them */
    public Annex withNames() {
        return new Annex(suggestions, people, organizations, true, language);
    }

    /**
     * @param language  the language, not null
     * @return the same annex in that language
     * @throws IllegalArgumentException if null
     */
    public Annex in(Language language) {
        if (language == null) {
            throw new IllegalArgumentException("annex language (null): use RU or EN");
        }
        return new Annex(suggestions, people, organizations, names, language);
    }

    private boolean ru() {
        return language == Language.RU;
    }

    private String person(String id) {
        Person p = people.get(id);
        return names && p != null && p.fullName().isPresent() ? p.fullName().get() : id;
    }

    private String organization(String id) {
        Organization o = organizations.get(id);
        return o == null ? id : o.name();
    }

    private String title() {
        return ru() ? "Список наставнических пар (групп), форма наставничества «" + suggestions.form().displayName(language) + "»"
                : "Mentoring pairs (groups), form «" + suggestions.form().displayName(language) + "»";
    }

    private List<String> headers() {
        return ru() ? List.of("№ п/п", "Организация", "Наставник", "Наставляемые", "Форма наставничества", "Дата начала")
                : List.of("No.", "Organization", "Mentor", "Mentees", "Form of mentoring", "Start date");
    }

    private List<String> row(Suggestion s) {
        List<String> mentees = new ArrayList<>();
        s.menteeIds().forEach(id -> mentees.add(person(id)));
        return List.of(Integer.toString(s.number()), organization(s.organizationId()), person(s.mentorId()),
                String.join(", ", mentees), s.form().displayName(language), Texts.date(s.startOn(), language));
    }

    /** @return the annex as JSON: title, form, start date, rows, and the mentees left without a mentor and the windows */
    public String json() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("title", title());
        root.put("form", suggestions.form().displayName(language));
        root.put("startOn", suggestions.startOn().toString());
        ArrayNode rows = root.putArray("rows");
        for (Suggestion s : suggestions.suggestions()) {
            ObjectNode r = rows.addObject();
            r.put("number", s.number());
            r.put("organization", organization(s.organizationId()));
            r.put("mentor", person(s.mentorId()));
            ArrayNode m = r.putArray("mentees");
            s.menteeIds().forEach(id -> m.add(person(id)));
            r.put("form", s.form().displayName(language));
            r.put("startOn", s.startOn().toString());
            r.put("fixedByHand", s.fixed());
            ArrayNode reasons = r.putArray("reasons");
            s.reasons(language).forEach(reasons::add);
        }
        ArrayNode un = root.putArray("unmatched");
        for (Unmatched u : suggestions.unmatched()) {
            ObjectNode o = un.addObject();
            o.put("mentee", person(u.personId()));
            o.put("organization", organization(u.organizationId()));
            o.put("reason", u.text(language));
        }
        ArrayNode ws = root.putArray("windows");
        for (PairWindow w : suggestions.windows()) {
            ObjectNode o = ws.addObject();
            o.put("organization", organization(w.organizationId()));
            w.adoptedOn().ifPresent(d -> o.put("formDeterminedOn", d.toString()));
            w.closesOn().ifPresent(d -> o.put("closesOn", d.toString()));
            o.put("passed", w.passed());
            o.put("text", w.text(language));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the annex as JSON", e);
        }
    }

    /** @return the draft as a standalone HTML page: the annex table, then the notes for review */
    public String html() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"").append(ru() ? "ru" : "en").append("\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<title>").append(esc(title())).append("</title>\n<style>")
                .append("body{font-family:serif;margin:2em}table{border-collapse:collapse;width:100%}")
                .append("th,td{border:1px solid #000;padding:4px 6px;vertical-align:top}.note{color:#444}")
                .append("</style>\n</head>\n<body>\n");
        h.append("<p style=\"text-align:right\">").append(esc(ru() ? "Приложение к приказу от «___» ________ 20__ г. № ____"
                : "Annex to order No. ____ of ________")).append("</p>\n");
        h.append("<h1>").append(esc(title())).append("</h1>\n<table>\n<tr>");
        headers().forEach(t -> h.append("<th>").append(esc(t)).append("</th>"));
        h.append("</tr>\n");
        for (Suggestion s : suggestions.suggestions()) {
            h.append("<tr>");
            row(s).forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        h.append("<h2>").append(esc(ru() ? "Пояснения к проекту (в приложение не входят)" : "Notes for review (not part of the annex)"))
                .append("</h2>\n");
        for (PairWindow w : suggestions.windows()) {
            h.append("<p class=\"note\">").append(esc(organization(w.organizationId()) + ": " + w.text(language))).append("</p>\n");
        }
        h.append("<h3>").append(esc(ru() ? "Основания подбора" : "Why each pair")).append("</h3>\n<ol>\n");
        for (Suggestion s : suggestions.suggestions()) {
            h.append("<li value=\"").append(s.number()).append("\">").append(esc(String.join("; ", s.reasons(language))))
                    .append("</li>\n");
        }
        h.append("</ol>\n<h3>").append(esc(ru() ? "Наставляемые без пары" : "Mentees left without a mentor")).append("</h3>\n");
        if (suggestions.unmatched().isEmpty()) {
            h.append("<p>").append(esc(ru() ? "Нет." : "None.")).append("</p>\n");
        } else {
            h.append("<table>\n<tr><th>").append(esc(ru() ? "Наставляемый" : "Mentee")).append("</th><th>")
                    .append(esc(ru() ? "Организация" : "Organization")).append("</th><th>")
                    .append(esc(ru() ? "Причина" : "Reason")).append("</th></tr>\n");
            for (Unmatched u : suggestions.unmatched()) {
                h.append("<tr><td>").append(esc(person(u.personId()))).append("</td><td>")
                        .append(esc(organization(u.organizationId()))).append("</td><td>").append(esc(u.text(language)))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /**
     * Writes the draft as an XLSX workbook: the sheet «Приложение» with the annex, the sheet
     * «Пояснения» with the reasons, the mentees without a mentor and the windows. The stream is not closed.
     *
     * @param out  the stream, not null
     * @throws UncheckedIOException if writing fails
     */
    public void xlsx(OutputStream out) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            Sheet annex = wb.createSheet(ru() ? "Приложение" : "Annex");
            int r = 0;
            cell(annex.createRow(r++), 0, title(), bold);
            r++;
            Row head = annex.createRow(r++);
            List<String> headers = headers();
            for (int c = 0; c < headers.size(); c++) {
                cell(head, c, headers.get(c), bold);
            }
            for (Suggestion s : suggestions.suggestions()) {
                Row row = annex.createRow(r++);
                List<String> cells = row(s);
                row.createCell(0).setCellValue(s.number());
                for (int c = 1; c < cells.size(); c++) {
                    cell(row, c, cells.get(c), wrap);
                }
            }
            int[] widths = {8, 30, 24, 40, 26, 14};
            for (int c = 0; c < widths.length; c++) {
                annex.setColumnWidth(c, widths[c] * 256);
            }
            Sheet notes = wb.createSheet(ru() ? "Пояснения" : "Notes");
            r = 0;
            for (PairWindow w : suggestions.windows()) {
                cell(notes.createRow(r++), 0, organization(w.organizationId()) + ": " + w.text(language), null);
            }
            r++;
            cell(notes.createRow(r++), 0, ru() ? "Основания подбора" : "Why each pair", bold);
            for (Suggestion s : suggestions.suggestions()) {
                Row row = notes.createRow(r++);
                row.createCell(0).setCellValue(s.number());
                cell(row, 1, String.join("; ", s.reasons(language)), wrap);
            }
            r++;
            cell(notes.createRow(r++), 0, ru() ? "Наставляемые без пары" : "Mentees left without a mentor", bold);
            for (Unmatched u : suggestions.unmatched()) {
                Row row = notes.createRow(r++);
                cell(row, 0, person(u.personId()), null);
                cell(row, 1, organization(u.organizationId()) + ": " + u.text(language), wrap);
            }
            notes.setColumnWidth(0, 24 * 256);
            notes.setColumnWidth(1, 100 * 256);
            wb.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the annex as XLSX: " + e.getMessage(), e);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
