package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names written with initials, before or after the surname: «Ивлиева Е.В.»,
 * «Т.А.Боброва», «К.С. Степанова». Read left to right, the surname-first form wins, so
 * «Степанова К.С. Боброва Т.С.» is two people, not «К.С. Боброва».
 */
final class PersonNames {
    private static final String SURNAME = "[А-ЯЁ][а-яё]++(?:-[А-ЯЁ][а-яё]++)?+";
    private static final String INITIALS = "[А-ЯЁ]\\.[ ]?[А-ЯЁ]\\.";
    private static final Pattern NAME = Pattern.compile(
            "(?<![А-Яа-яЁё\\-])(?:(" + SURNAME + ")[ ]++(" + INITIALS + ")|(" + INITIALS + ")[ ]?(" + SURNAME + "))"
                    + "(?![а-яё])");
    private static final Pattern FULL_NAME = Pattern.compile(
            "[А-ЯЁ][а-яё]++(?:-[А-ЯЁ][а-яё]++)?+ [А-ЯЁ][а-яё]++ [А-ЯЁ][а-яё]*(?:вна|вич|чна|ична|ич|оглы|кызы)");

    private PersonNames() {
    }

    /** A name found in text: where it is, its surname and initials as written. */
    record Name(int start, int end, String text, String surname, String initials) {

        /** @return the surname with ё read as е, for comparison */
        String surnameKey() {
            return surname.replace('ё', 'е').replace('Ё', 'Е');
        }

        /** @return the initials without spaces, such as «Т.А.» */
        String initialsKey() {
            return initials.replace(" ", "");
        }
    }

    static List<Name> find(String text) {
        List<Name> names = new ArrayList<>();
        if (text.indexOf('.') < 0) {
            return names;
        }
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                names.add(new Name(m.start(), m.end(), m.group(), m.group(1), m.group(2)));
            } else {
                names.add(new Name(m.start(), m.end(), m.group(), m.group(4), m.group(3)));
            }
        }
        return names;
    }

    /** @return whether the whole text is one person's name, with initials or in full */
    static boolean isName(String text) {
        String s = text.strip();
        if (FULL_NAME.matcher(s).matches()) {
            return true;
        }
        List<Name> names = find(s);
        return names.size() == 1 && names.get(0).start() == 0 && names.get(0).end() == s.length();
    }
}
