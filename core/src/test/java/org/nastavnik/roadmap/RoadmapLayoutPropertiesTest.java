package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nastavnik.roadmap.RoadmapLayouts.PLAIN;
import static org.nastavnik.roadmap.RoadmapLayouts.render;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Territory;
import org.nastavnik.pbt.Pbt;
import org.nastavnik.roadmap.RoadmapLayouts.Layout;

/**
 * The layout of a table does not change what is read from it: column order and spelling, blank
 * lines, page breaks at any row (a row's cells split over two physical rows, the second with an
 * empty number cell) and stray spaces.
 */
class RoadmapLayoutPropertiesTest {

    @Test
    void layout_does_not_change_the_roadmap() {
        Roadmap expected = read(render(PLAIN));
        Pbt.tries(200).forAll(RoadmapLayouts.layouts()).checkAssert(layout -> {
            Roadmap actual = read(render(layout));
            assertEquals(expected.sections(), actual.sections());
            assertEquals(expected.activities(), actual.activities());
        });
    }

    @Test
    void the_baseline_reads_as_written() {
        Roadmap roadmap = read(render(PLAIN));
        assertEquals(List.of("1", "2", "2.3", "3"), roadmap.sections().stream().map(s -> s.number().orElseThrow()).toList(),
                "2.3 heads 2.3.1: a group heading");
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3.1", "3.1"),
                roadmap.activities().stream().map(a -> a.number()).toList());
    }

    @Test
    void page_breaks_and_shuffles_really_change_the_text() {
        String plain = render(PLAIN);
        String broken = render(new Layout(List.of(3, 1, 0, 4, 2), 1, true, true, true, true));
        assertTrue(broken.contains("\n\n"), broken);
        assertTrue(broken.lines().anyMatch(l -> l.startsWith("\t") || l.contains("\t\t")), broken);
        assertTrue(broken.lines().count() > plain.lines().count(), broken);
        assertEquals(read(plain).activities(), read(broken).activities());
    }

    private static Roadmap read(String text) {
        ImportResult result;
        try {
            result = RoadmapReader.read(text, ReadOptions.of("property", Territory.region("31")));
        } catch (ImportException e) {
            throw new AssertionError("nothing read from:\n" + text, e);
        }
        Seeds.assertEveryDeadlineRead(result);
        Seeds.assertNoRowLost(result);
        return result.roadmap();
    }
}
