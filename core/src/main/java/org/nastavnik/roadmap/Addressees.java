package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.nastavnik.model.Addressee;
import org.nastavnik.model.AddresseeKind;

/**
 * Classifies the addressee of an order's item, kept as written: «Начальникам отделов МКУ СЦРО
 * (Т.А.Боброва, И.В. Боровиковская), методистам (Р.М. Португальян)» is the role «Начальники отделов
 * МКУ СЦРО», two persons, the role «методисты» and a person.
 *
 * <ul>
 *   <li>Parts are separated by commas and semicolons outside brackets; names with initials are
 *       persons wherever they stand, in brackets or not.
 *   <li>A part whose first word names a position (руководитель, заместитель, директор, начальник,
 *       методист, заведующий, специалист, куратор …) is a role; one that names all organizations of
 *       a kind («образовательным организациям», «ОО», «ОУ») is a kind of organization; any other
 *       (a department, a centre, «МБУ НМИЦ») is an organization.
 *   <li>The leading nouns are put into the nominative («Отделу» → «Отдел», «Руководителям» →
 *       «Руководители», «директора» → «директор»); words the reader cannot decline stay as written.
 * </ul>
 */
final class Addressees {
    private static final Set<String> ROLES = Set.of("руководител", "заместител", "директор", "начальник", "методист",
            "заведующ", "глав", "специалист", "куратор", "педагог", "учител", "председател", "ответственн",
            "координатор", "сотрудник", "работник", "член", "инспектор", "советник", "консультант", "наставник",
            "исполнител");
    private static final Set<String> KINDS = Set.of("образовательн", "общеобразовательн", "организац", "учрежден",
            "школ", "детск", "дошкольн");
    private static final Set<String> KIND_ABBREVIATIONS = Set.of("ОО", "ОУ", "ОО.", "ДОО", "ДОУ", "ООО", "УДО", "ОДО",
            "ПОО", "СПО");

    private Addressees() {
    }

    /**
     * @param written  the addressee as the item writes it, not null
     * @param accusative  whether it is written after «возложить на» (so «директора» is the accusative)
     * @return the addressees, in order
     */
    static List<Addressee> classify(String written, boolean accusative) {
        List<Addressee> out = new ArrayList<>();
        for (String part : parts(written)) {
            List<PersonNames.Name> names = PersonNames.find(part);
            StringBuilder rest = new StringBuilder();
            int at = 0;
            for (PersonNames.Name name : names) {
                rest.append(part, at, name.start()).append(' ');
                at = name.end();
            }
            rest.append(part.substring(at));
            String main = ResponsibleSplitter.tidy(rest.toString().replaceAll("\\([\\s,;]*\\)", " "));
            main = ResponsibleSplitter.tidy(main.replaceAll("\\([^()]*\\)", " ").replace("(", " ").replace(")", " "));
            if (!main.isEmpty()) {
                out.add(Addressee.of(kind(main), main, nominative(main, accusative)));
            }
            for (PersonNames.Name name : names) {
                String text = SourceText.cell(name.text());
                out.add(Addressee.of(AddresseeKind.PERSON, text, text));
            }
        }
        return out;
    }

    private static List<String> parts(String written) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (depth == 0 && (c == ',' || c == ';')) {
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

    static AddresseeKind kind(String main) {
        String first = main.split(" ", 2)[0];
        if (KIND_ABBREVIATIONS.contains(first)) {
            return AddresseeKind.ORGANIZATION_KIND;
        }
        String w = first.toLowerCase(Locale.ROOT).replace('ё', 'е');
        for (String stem : ROLES) {
            if (w.startsWith(stem)) {
                return AddresseeKind.ROLE;
            }
        }
        for (String stem : KINDS) {
            if (w.startsWith(stem) && plural(main)) {
                return AddresseeKind.ORGANIZATION_KIND;
            }
        }
        return AddresseeKind.ORGANIZATION;
    }

    /** «образовательным организациям», «школам»: a plural noun among the first two words. */
    private static boolean plural(String main) {
        String[] words = main.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i < Math.min(2, words.length); i++) {
            String w = words[i];
            if (w.endsWith("ам") || w.endsWith("ям") || w.endsWith("ии") || w.endsWith("ы") || w.endsWith("и")
                    || w.endsWith("ия")) {
                return true;
            }
        }
        return false;
    }

    /** Puts the leading nouns of a dative (or, after «возложить на», accusative) phrase into the nominative. */
    static String nominative(String phrase, boolean accusative) {
        String[] words = phrase.split(" ");
        StringBuilder sb = new StringBuilder();
        boolean converting = true;
        for (String word : words) {
            String replacement = converting ? (accusative ? fromAccusative(word) : fromDative(word)) : null;
            if (replacement == null) {
                converting = false;
                replacement = word;
            }
            sb.append(sb.length() == 0 ? "" : " ").append(replacement);
            if (converting) {
                converting = false;
            }
        }
        return sb.toString();
    }

    private static String fromDative(String word) {
        if (word.length() < 4 || !Character.isLetter(word.charAt(0)) || isAbbreviation(word)) {
            return null;
        }
        String w = word;
        if (w.endsWith("ниям")) {
            return w.substring(0, w.length() - 2) + "я";
        }
        if (w.endsWith("ям")) {
            return w.substring(0, w.length() - 2) + "и";
        }
        if (w.endsWith("ам")) {
            char before = w.charAt(w.length() - 3);
            return w.substring(0, w.length() - 2) + ("кгхжшчщ".indexOf(before) >= 0 ? "и" : "ы");
        }
        if (w.endsWith("нию")) {
            return w.substring(0, w.length() - 1) + "е";
        }
        if (w.endsWith("ю")) {
            return w.substring(0, w.length() - 1) + "ь";
        }
        if (w.endsWith("у") && !w.endsWith("ому") && !w.endsWith("ему")) {
            return w.substring(0, w.length() - 1);
        }
        return null;
    }

    private static String fromAccusative(String word) {
        if (word.length() < 4 || !Character.isLetter(word.charAt(0)) || isAbbreviation(word)) {
            return null;
        }
        if (word.endsWith("теля")) {
            return word.substring(0, word.length() - 1) + "ь";
        }
        if (word.endsWith("а") && "аеёиоуыэюя".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1);
        }
        return null;
    }

    private static boolean isAbbreviation(String word) {
        return word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
