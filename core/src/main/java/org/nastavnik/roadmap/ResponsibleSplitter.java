package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import org.nastavnik.model.Responsible;

/**
 * Splits a responsible cell (ответственный) into named people and roles.
 *
 * <ul>
 *   <li>Parts are separated by «;», «,» (outside brackets and quotes) and runs of two or more
 *       spaces: «МУ отдел образования; образовательные организации» is two roles.
 *   <li>Names with initials are people wherever they stand: «Ивлиева Е.В. Токарев О.М.» is two
 *       people, «Степанова К.С. Методисты-предметники» a person and a role.
 *   <li>What is left between names is a role: «Журавлев А.С. ОУ» is a person and the role «ОУ».
 *   <li>A trailing «ОУ» or «ОО» after another abbreviation is a role of its own: «Специалисты МБУ
 *       НМИЦ ОУ» is «Специалисты МБУ НМИЦ» and «ОУ» (the schools are a separate executor
 *       throughout such tables), while «Кураторы внедрения ОО» stays one role.
 * </ul>
 */
final class ResponsibleSplitter {

    private ResponsibleSplitter() {
    }

    static List<Responsible> split(String cell) {
        List<Responsible> out = new ArrayList<>();
        for (String part : parts(cell)) {
            splitPart(part, out);
        }
        return out;
    }

    private static List<String> parts(String cell) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        int quotes = 0;
        int spaces = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == '«') {
                quotes++;
            } else if (c == '»' && quotes > 0) {
                quotes--;
            }
            boolean separator = depth == 0 && quotes == 0 && (c == ';' || c == ',' || c == '\n');
            if (c == ' ' || c == '\t') {
                spaces++;
                if (spaces >= 2 && depth == 0 && quotes == 0) {
                    separator = true;
                }
            } else {
                spaces = 0;
            }
            if (separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        List<String> cleaned = new ArrayList<>();
        for (String p : parts) {
            String s = SourceText.cell(p);
            if (!s.isEmpty()) {
                cleaned.add(s);
            }
        }
        return cleaned;
    }

    private static void splitPart(String part, List<Responsible> out) {
        List<PersonNames.Name> names = PersonNames.find(part);
        int at = 0;
        for (PersonNames.Name name : names) {
            addRoles(part.substring(at, name.start()), out);
            out.add(Responsible.person(SourceText.cell(name.text())));
            at = name.end();
        }
        addRoles(part.substring(at), out);
    }

    private static void addRoles(String text, List<Responsible> out) {
        String s = tidy(text);
        if (s.isEmpty()) {
            return;
        }
        int lastSpace = s.lastIndexOf(' ');
        if (lastSpace > 0) {
            String last = s.substring(lastSpace + 1);
            String before = s.substring(0, lastSpace);
            String previousWord = before.substring(before.lastIndexOf(' ') + 1);
            if ((last.equals("ОУ") || last.equals("ОО")) && isAbbreviation(previousWord)) {
                out.add(Responsible.role(before));
                out.add(Responsible.role(last));
                return;
            }
        }
        out.add(Responsible.role(s));
    }

    private static boolean isAbbreviation(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Removes empty brackets and the punctuation left at the ends once names are taken out. */
    static String tidy(String text) {
        String s = SourceText.cell(text.replace("()", " "));
        int start = 0;
        int end = s.length();
        while (start < end && ",;:.()–—-/".indexOf(s.charAt(start)) >= 0 && !(s.charAt(start) == '(' && s.indexOf(')', start) > 0)) {
            start++;
        }
        while (end > start && ",;:()–—-/".indexOf(s.charAt(end - 1)) >= 0
                && !(s.charAt(end - 1) == ')' && s.lastIndexOf('(', end - 1) >= start)) {
            end--;
        }
        String t = SourceText.cell(s.substring(start, end));
        if (t.equals("(") || t.equals(")")) {
            return "";
        }
        return t;
    }
}
