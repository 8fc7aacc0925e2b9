package org.nastavnik.roadmap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.nastavnik.deadline.Unrecognized;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Territory;

/** The five seed documents and helpers shared by the seed tests. */
final class Seeds {
    static final String SEED_000 = "000_b1a327a0c3acdb77.txt";
    static final String SEED_001 = "001_7378df4a4936b2be.txt";
    static final String SEED_002 = "002_ed13c83c9ce40234.txt";
    static final String SEED_003 = "003_13c3d7daf42f483a.txt";
    static final String SEED_004 = "004_84bf563027cdbc87.txt";

    private Seeds() {
    }

    static String text(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("seed " + name + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportResult read(String name, String regionCode, String municipality) {
        try {
            return RoadmapReader.read(text(name),
                    ReadOptions.of("seed-" + name.substring(0, 3), Territory.municipality(regionCode, municipality)));
        } catch (ImportException e) {
            throw new AssertionError("seed " + name + " did not import", e);
        }
    }

    /** Reads a seed with no territory given: what the document says of its territory is all there is. */
    static ImportResult readWithoutTerritory(String name) {
        try {
            return RoadmapReader.read(text(name), ReadOptions.of("seed-" + name.substring(0, 3)));
        } catch (ImportException e) {
            throw new AssertionError("seed " + name + " did not import", e);
        }
    }

    static List<Activity> table(Roadmap roadmap) {
        return roadmap.activities().stream().filter(a -> a.origin() == ActivityOrigin.TABLE).toList();
    }

    static List<Activity> orderItems(Roadmap roadmap) {
        return roadmap.activities().stream().filter(a -> a.origin() == ActivityOrigin.ORDER_ITEM).toList();
    }

    static Activity activity(Roadmap roadmap, String number) {
        return roadmap.activity(number).orElseThrow(() -> new AssertionError("no activity " + number + " in "
                + roadmap.activities().stream().map(Activity::number).toList()));
    }

    /** Every non-empty deadline cell is understood; an empty one only on a heading row or an undated order item. */
    static void assertEveryDeadlineRead(ImportResult result) {
        for (Activity a : result.roadmap().activities()) {
            if (a.deadlineText().isEmpty() && a.origin() == ActivityOrigin.ORDER_ITEM) {
                assertFalse(a.deadline().isJudged(), "an undated obligation is never judged: " + a.number());
            } else if (a.deadlineText().isEmpty()) {
                assertTrue(a.responsible().isEmpty() && a.expectedResult().isEmpty(),
                        "only a heading row may lack a deadline: " + a.number());
            } else {
                assertFalse(a.deadline() instanceof Unrecognized,
                        "activity " + a.number() + ": deadline «" + a.deadlineText() + "» was not understood: "
                                + a.deadline());
            }
        }
        assertFalse(result.hasFinding(FindingCode.DEADLINE_UNRECOGNIZED), result.findings().toString());
        assertFalse(result.hasFinding(FindingCode.DEADLINE_INVALID), result.findings().toString());
    }

    static void assertNoRowLost(ImportResult result) {
        assertFalse(result.hasFinding(FindingCode.TABLE_ROW_UNREADABLE), result.findings().toString());
    }

    static List<String> numbers(List<Activity> activities) {
        return activities.stream().map(Activity::number).toList();
    }

    static Responsible person(String name) {
        return Responsible.person(name);
    }

    static Responsible role(String name) {
        return Responsible.role(name);
    }
}
