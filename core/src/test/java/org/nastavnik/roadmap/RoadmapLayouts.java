package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nastavnik.pbt.Gens;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * One roadmap table (of the Belgorod order's kind: sections, numbered activities, deadlines,
 * responsible parties, results) laid out in the ways a converter lays out a table: columns in any
 * order and spelling, a row of column numbers, blank lines, page breaks at any row (a row's cells
 * split over two physical rows, the second with an empty number cell) and stray spaces.
 */
public final class RoadmapLayouts {
    private static final String PREFIX = "ПРИКАЗ\n\n03.03.2022\n\n№ 325\n\nПлан мероприятий на 2022 год\n\n";
    private static final String[][] HEADERS = {
        {"№", "№ п/п", "№п/п"},
        {"Наименование мероприятия", "Наименование мероприятий"},
        {"Срок", "Сроки", "Срок реализации"},
        {"Ответственный", "Ответственные", "Ответственный исполнитель"},
        {"Результат", "Результат/ вид документа"},
    };
    private static final List<String[]> ROWS = List.of(
            new String[] {"1.", "Информационное сопровождение", "", "", ""},
            new String[] {"1.1.", "Информационно-методическое совещание с заместителями руководителей", "Март Июнь Октябрь",
                "Ивлиева Е.В.", "Информационные письма"},
            new String[] {"1.2.", "Сопровождение раздела «Наставничество» на Инфопортале", "Постоянно",
                "Ивлиева Е.В. Токарев О.М.", "Раздел «Наставничество»"},
            new String[] {"2.", "Организационно-методическое сопровождение", "", "", ""},
            new String[] {"2.1.", "Определение ответственных лиц по вопросам внедрения системы", "До 07.03.2022 года",
                "Журавлев А.С., ОУ", "Назначение ответственных. Приказы МБУ НМИЦ и ОУ"},
            new String[] {"2.2.", "Организация участия педагогов в региональном методическом квесте «Лучший наставник»",
                "Октябрь 2022 года", "МУ отдел образования; образовательные организации",
                "Внедрение в образовательную деятельность современных технологий"},
            new String[] {"2.3", "Контроль реализации мероприятий:", "", "", ""},
            new String[] {"2.3.1", "Консультирование кураторов и наставников", "В течение 2022 года",
                "Степанова К.С. Методисты-предметники", ""},
            new String[] {"3.", "Аналитическое сопровождение", "", "", ""},
            new String[] {"3.1.", "Мониторинг внедрения системы наставничества в ОУ г. Белгорода", "Ежегодно, до 01 октября",
                "Руководители ОО, Кураторы внедрения ЦМН в ОО", "Отчет/Аналитическая справка"});

    /** The plain layout: columns in order, first spellings, nothing added. */
    public static final Layout PLAIN = new Layout(List.of(0, 1, 2, 3, 4), 0, false, false, false, false);

    private RoadmapLayouts() {
    }

    /**
     * How to lay the table out: everything a converter may do to it.
     *
     * @param columnOrder    the order of the five columns (number, title, deadline, responsible, result)
     * @param seed           where the noise goes: spellings, blank lines, breaks, spaces
     * @param columnNumbers  whether a row {@code 1 2 3 4 5} follows the header
     * @param blankLines     whether blank lines fall between rows
     * @param pageBreaks     whether rows are split over two physical rows
     * @param noiseSpaces    whether cells get stray spaces and other spellings of the header
     */
    public record Layout(List<Integer> columnOrder, long seed, boolean columnNumbers, boolean blankLines,
            boolean pageBreaks, boolean noiseSpaces) {
    }

    /** @return every layout, shrinking to {@link #PLAIN} */
    public static Gen<Layout> layouts() {
        Gen<List<Integer>> orders = Gens.shuffled(List.of(0, 1, 2, 3, 4));
        Gen<Long> seeds = SourceDSL.longs().all();
        Gen<Boolean> flags = Gens.booleans();
        return Gens.of(d -> new Layout(d.draw(orders), d.draw(seeds), d.draw(flags), d.draw(flags), d.draw(flags),
                d.draw(flags)));
    }

    /**
     * @param layout  how to lay the table out
     * @return the text of the order with its table laid out so, as a converter from Word gives it
     */
    public static String render(Layout layout) {
        Random random = new Random(layout.seed());
        List<Integer> order = layout.columnOrder();
        StringBuilder sb = new StringBuilder(PREFIX);
        List<String> header = new ArrayList<>();
        for (int c : order) {
            String[] names = HEADERS[c];
            header.add(layout.noiseSpaces() ? names[random.nextInt(names.length)] : names[0]);
        }
        line(sb, header, layout, random);
        if (layout.columnNumbers()) {
            sb.append("1\t2\t3\t4\t5\n");
        }
        for (String[] row : ROWS) {
            if (layout.blankLines() && random.nextBoolean()) {
                sb.append("\n".repeat(1 + random.nextInt(2)));
            }
            if (layout.pageBreaks() && random.nextInt(3) == 0) {
                List<String> first = new ArrayList<>();
                List<String> second = new ArrayList<>();
                for (int c : order) {
                    if (c == 0) {
                        first.add(row[0]);
                        second.add("");
                    } else {
                        String[] words = row[c].isEmpty() ? new String[0] : row[c].split(" ");
                        int at = words.length == 0 ? 0 : random.nextInt(words.length + 1);
                        first.add(String.join(" ", List.of(words).subList(0, at)));
                        second.add(String.join(" ", List.of(words).subList(at, words.length)));
                    }
                }
                line(sb, first, layout, random);
                sb.append("\n");
                line(sb, second, layout, random);
            } else {
                List<String> cells = new ArrayList<>();
                for (int c : order) {
                    cells.add(row[c]);
                }
                line(sb, cells, layout, random);
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells, Layout layout, Random random) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            if (layout.noiseSpaces()) {
                sb.append(" ".repeat(random.nextInt(3)));
            }
            sb.append(cells.get(i));
            if (layout.noiseSpaces()) {
                sb.append(random.nextBoolean() ? " " : "\u00A0".repeat(random.nextInt(2)));
            }
        }
        sb.append('\n');
    }
}
