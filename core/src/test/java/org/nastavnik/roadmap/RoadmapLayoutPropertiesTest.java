package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Territory;

/**
 * The layout of a table does not change what is read from it: column order and spelling, blank
 * lines, page breaks at any row (a row's cells split over two physical rows, the second with an
 * empty number cell) and stray spaces.
 */
class RoadmapLayoutPropertiesTest {
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

    /** How to lay the table out: everything a converter may do to it. */
    record Layout(List<Integer> columnOrder, long seed, boolean columnNumbers, boolean blankLines,
            boolean pageBreaks, boolean noiseSpaces) {
    }

    @Provide
    Arbitrary<Layout> layouts() {
        return net.jqwik.api.Combinators.combine(
                Arbitraries.shuffle(0, 1, 2, 3, 4),
                Arbitraries.longs(),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Layout::new);
    }

    @Property(tries = 200)
    void layout_does_not_change_the_roadmap(@ForAll("layouts") Layout layout) throws ImportException {
        Roadmap expected = read(render(new Layout(List.of(0, 1, 2, 3, 4), 0, false, false, false, false)));
        Roadmap actual = read(render(layout));
        assertEquals(expected.sections(), actual.sections());
        assertEquals(expected.activities(), actual.activities());
    }

    @Example
    void the_baseline_reads_as_written() throws ImportException {
        Roadmap roadmap = read(render(new Layout(List.of(0, 1, 2, 3, 4), 0, false, false, false, false)));
        assertEquals(List.of("1", "2", "2.3", "3"), roadmap.sections().stream().map(s -> s.number().orElseThrow()).toList(),
                "2.3 heads 2.3.1: a group heading");
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3.1", "3.1"),
                roadmap.activities().stream().map(a -> a.number()).toList());
    }

    @Example
    void page_breaks_and_shuffles_really_change_the_text() throws ImportException {
        String plain = render(new Layout(List.of(0, 1, 2, 3, 4), 0, false, false, false, false));
        String broken = render(new Layout(List.of(3, 1, 0, 4, 2), 1, true, true, true, true));
        assertTrue(broken.contains("\n\n"), broken);
        assertTrue(broken.lines().anyMatch(l -> l.startsWith("\t") || l.contains("\t\t")), broken);
        assertTrue(broken.lines().count() > plain.lines().count(), broken);
        assertEquals(read(plain).activities(), read(broken).activities());
    }

    private static Roadmap read(String text) throws ImportException {
        ImportResult result = RoadmapReader.read(text, ReadOptions.of("property", Territory.region("31")));
        Seeds.assertEveryDeadlineRead(result);
        Seeds.assertNoRowLost(result);
        return result.roadmap();
    }

    static String render(Layout layout) {
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
