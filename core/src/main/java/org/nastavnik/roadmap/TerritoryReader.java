package org.nastavnik.roadmap;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Territory;

/**
 * Reads the territory a document covers from what it says: the municipality from the title, then
 * from the header (the issuing administration's name), and the region from the name of a subject
 * of the Federation the header names («министерства … Ростовской области», «Краснодарского края»).
 *
 * <ul>
 *   <li>Municipality, first match wins: «Таштагольского муниципального района» and «в Сасовском
 *       муниципальном районе» give «Таштагольский муниципальный район»; «городской округ
 *       город-курорт Сочи» is kept so; «города Донецка», «г. Белгорода» give «город Донецк», «город
 *       Белгород».
 *   <li>Region: only when the header names exactly one subject of the Federation the reader knows
 *       (the oblasts, krais, federal cities and republics by their names), its official code. A
 *       document that names none, or several, has no region: a code is never guessed.
 * </ul>
 */
final class TerritoryReader {
    private static final int MAX_TEXT = 20_000;
    private static final Pattern DISTRICT = Pattern.compile(
            "(?<![А-Яа-яЁё])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?:ого|ом|ий|ый|ой)\\s+муниципальн(?:ого|ом|ый|ым)\\s+"
                    + "(район|округ)", Pattern.UNICODE_CASE);
    private static final Pattern URBAN_DISTRICT = Pattern.compile(
            "городско(?:й|го|м)\\s+округ(?:а|е)?\\s+(город-курорт|город)\\s+([А-ЯЁA-Z][А-ЯЁа-яё\\-]+)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CITY = Pattern.compile(
            "(?<![А-Яа-яЁё])(?:(?:города|городе|город)\\s+|(?<![0-9]\\s{0,2})г\\.\\s*)([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)"
                    + "(?![А-Яа-яЁё.])",
            Pattern.UNICODE_CASE);
    private static final Pattern SUBJECT = Pattern.compile(
            "(?<![А-Яа-яЁё])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?:ой|ая|ую|ого|ий|ом|ому)\\s+(област|кра)",
            Pattern.UNICODE_CASE);
    private static final Pattern REPUBLIC = Pattern.compile(
            "(?:Республик[аиеу]|РЕСПУБЛИК[АИЕУ])\\s+([А-ЯЁ][А-Яа-яЁё]+(?:\\s+Эл)?)", Pattern.UNICODE_CASE);
    private static final Pattern FEDERAL_CITY = Pattern.compile(
            "(?<![А-Яа-яЁё])(?:города|город|г\\.)\\s*(Москв[аыеу]|Санкт-Петербург[аеу]?|Севастопол[ьяею])(?![а-яё])",
            Pattern.UNICODE_CASE);

    /** Stems of the names of oblasts and krais (as adjectives without their endings) and their codes. */
    private static final Map<String, String> SUBJECTS = Map.ofEntries(
            Map.entry("алтайск|кра", "22"), Map.entry("краснодарск|кра", "23"), Map.entry("красноярск|кра", "24"),
            Map.entry("приморск|кра", "25"), Map.entry("ставропольск|кра", "26"), Map.entry("хабаровск|кра", "27"),
            Map.entry("амурск|област", "28"), Map.entry("архангельск|област", "29"),
            Map.entry("астраханск|област", "30"), Map.entry("белгородск|област", "31"),
            Map.entry("брянск|област", "32"), Map.entry("владимирск|област", "33"),
            Map.entry("волгоградск|област", "34"), Map.entry("вологодск|област", "35"),
            Map.entry("воронежск|област", "36"), Map.entry("ивановск|област", "37"),
            Map.entry("иркутск|област", "38"), Map.entry("калининградск|област", "39"),
            Map.entry("калужск|област", "40"), Map.entry("камчатск|кра", "41"), Map.entry("кемеровск|област", "42"),
            Map.entry("кировск|област", "43"), Map.entry("костромск|област", "44"),
            Map.entry("курганск|област", "45"), Map.entry("курск|област", "46"),
            Map.entry("ленинградск|област", "47"), Map.entry("липецк|област", "48"),
            Map.entry("магаданск|област", "49"), Map.entry("московск|област", "50"),
            Map.entry("мурманск|област", "51"), Map.entry("нижегородск|област", "52"),
            Map.entry("новгородск|област", "53"), Map.entry("новосибирск|област", "54"),
            Map.entry("омск|област", "55"), Map.entry("оренбургск|област", "56"), Map.entry("орловск|област", "57"),
            Map.entry("пензенск|област", "58"), Map.entry("пермск|кра", "59"), Map.entry("псковск|област", "60"),
            Map.entry("ростовск|област", "61"), Map.entry("рязанск|област", "62"), Map.entry("самарск|област", "63"),
            Map.entry("саратовск|област", "64"), Map.entry("сахалинск|област", "65"),
            Map.entry("свердловск|област", "66"), Map.entry("смоленск|област", "67"),
            Map.entry("тамбовск|област", "68"), Map.entry("тверск|област", "69"), Map.entry("томск|област", "70"),
            Map.entry("тульск|област", "71"), Map.entry("тюменск|област", "72"),
            Map.entry("ульяновск|област", "73"), Map.entry("челябинск|област", "74"),
            Map.entry("забайкальск|кра", "75"), Map.entry("ярославск|област", "76"),
            Map.entry("еврейск|област", "79"));
    private static final Map<String, String> REPUBLICS = Map.ofEntries(
            Map.entry("адыге", "01"), Map.entry("башкортостан", "02"), Map.entry("бурят", "03"),
            Map.entry("алта", "04"), Map.entry("дагестан", "05"), Map.entry("ингушет", "06"),
            Map.entry("калмык", "08"), Map.entry("карели", "10"), Map.entry("коми", "11"), Map.entry("марий", "12"),
            Map.entry("мордови", "13"), Map.entry("саха", "14"), Map.entry("татарстан", "16"), Map.entry("тыв", "17"),
            Map.entry("хакаси", "19"), Map.entry("крым", "91"));

    private TerritoryReader() {
    }

    /**
     * @param title  the roadmap's title, or null
     * @param header  the text before the table (header, preamble, order items), not null
     * @return what the document says of its territory; unknown parts stay empty
     */
    static Territory read(@Nullable String title, String header) {
        String text = header.length() > MAX_TEXT ? header.substring(0, MAX_TEXT) : header;
        var territory = Territory.builder();
        String municipality = title == null ? null : municipality(title);
        if (municipality == null) {
            municipality = municipality(text);
        }
        if (municipality != null) {
            territory.municipality(municipality);
        }
        String region = region(text + " " + (title == null ? "" : title));
        if (region != null) {
            territory.region(RegionCode.of(region));
        }
        return territory.build();
    }

    static @Nullable String municipality(String text) {
        Matcher district = DISTRICT.matcher(text);
        if (district.find()) {
            return district.group(1) + "ий муниципальный " + district.group(2);
        }
        Matcher urban = URBAN_DISTRICT.matcher(text);
        if (urban.find()) {
            return "городской округ " + urban.group(1).toLowerCase(Locale.ROOT) + " " + capitalized(urban.group(2));
        }
        Matcher city = CITY.matcher(text);
        while (city.find()) {
            String name = cityNominative(city.group(1));
            if (name != null) {
                return "город " + name;
            }
        }
        return null;
    }

    private static @Nullable String region(String text) {
        Set<String> codes = new LinkedHashSet<>();
        Matcher subject = SUBJECT.matcher(text);
        while (subject.find()) {
            String stem = subject.group(1).toLowerCase(Locale.ROOT).replace('ё', 'е');
            String code = SUBJECTS.get(stem + "|" + subject.group(2));
            if (code != null) {
                codes.add(code);
            }
        }
        Matcher republic = REPUBLIC.matcher(text);
        while (republic.find()) {
            String name = republic.group(1).toLowerCase(Locale.ROOT);
            for (Map.Entry<String, String> e : REPUBLICS.entrySet()) {
                if (name.startsWith(e.getKey())) {
                    codes.add(e.getValue());
                }
            }
        }
        Matcher federal = FEDERAL_CITY.matcher(text);
        while (federal.find()) {
            String name = federal.group(1);
            codes.add(name.startsWith("Москв") ? "77" : name.startsWith("Санкт") ? "78" : "92");
        }
        return codes.size() == 1 ? codes.iterator().next() : null;
    }

    /** «Донецка» → «Донецк», «Белгорода» → «Белгород», «Тулы» → «Тула», «Сочи» stays; null for what is not a town's name. */
    private static @Nullable String cityNominative(String word) {
        if (word.length() < 3) {
            return null;
        }
        if (word.endsWith("а") && word.length() > 3 && "аеёиоуыэюя".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1);
        }
        if (word.endsWith("ы") && word.length() > 3 && "аеёиоуыэюя".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "а";
        }
        if (word.endsWith("е") && word.length() > 3 && "аеёиоуыэюя".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String capitalized(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower);
        for (int i = 0; i < sb.length(); i++) {
            if (i == 0 || sb.charAt(i - 1) == '-') {
                sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
            }
        }
        return sb.toString();
    }
}
