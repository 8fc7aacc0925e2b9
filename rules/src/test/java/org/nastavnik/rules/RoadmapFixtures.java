package org.nastavnik.rules;

import static org.nastavnik.rules.Fixtures.date;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.model.Activity;
import org.nastavnik.model.ActivityOrigin;
import org.nastavnik.model.Completion;
import org.nastavnik.common.DateRange;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.ImmutableActivity;
import org.nastavnik.model.ImmutableRoadmap;
import org.nastavnik.model.ImmutableSnapshot;
import org.nastavnik.model.Responsible;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.RoadmapLevel;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;
import org.nastavnik.roadmap.ImportException;
import org.nastavnik.roadmap.ReadOptions;
import org.nastavnik.roadmap.RoadmapReader;

/**
 * Roadmaps for the roadmap rule tests: roadmap "rm" of municipality 42, approved by order № 7 of
 * 10.01.2022, period 2022, with activities built in one line each; and the five seeds, imported.
 */
final class RoadmapFixtures {

    static final String RM = "rm";

    private RoadmapFixtures() {
    }

    /** A municipal roadmap builder: id rm, order № 7 of 10.01.2022, period 01.01.2022–31.12.2022, no activities. */
    static ImmutableRoadmap.Builder roadmap() {
        return Roadmap.builder().id(RM).title("План мероприятий").level(RoadmapLevel.MUNICIPAL)
                .territory(Territory.municipality("42", "Таштагольский район"))
                .approval(DocumentRef.order("7", date("10.01.2022")))
                .period(DateRange.of(date("01.01.2022"), date("31.12.2022")));
    }

    /** A table activity with a title, a responsible role and a result; the deadline parsed from its cell. */
    static ImmutableActivity.Builder activity(String number, String deadline) {
        return Activity.builder().number(number).title("Мероприятие " + number).deadlineText(deadline)
                .deadline(DeadlineParser.parse(deadline, DeadlineContext.none()))
                .addResponsible(Responsible.role("Руководители ОО")).expectedResult("Приказ").origin(ActivityOrigin.TABLE);
    }

    /** A snapshot of territory 42 as of 01.06.2023 holding the roadmaps, no organizations. */
    static ImmutableSnapshot.Builder snapshot(Roadmap... roadmaps) {
        return Snapshot.builder().asOf(date("01.06.2023")).territory(Territory.region("42")).addRoadmaps(roadmaps);
    }

    /** A completion of an activity of roadmap rm. */
    static Completion done(String number, String on) {
        return Completion.builder().roadmapId(RM).activityNumber(number).completedOn(date(on)).build();
    }

    /** The findings of the given rules, each as "RULE activity key-evidence…", in report order. */
    static List<String> lines(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            StringBuilder sb = new StringBuilder(f.ruleId());
            for (SubjectRef s : f.subjects()) {
                if (s.type() == SubjectType.ACTIVITY) {
                    sb.append(' ').append(s.id().substring(s.id().indexOf('/') + 1));
                }
            }
            for (String k : f.keyEvidence()) {
                sb.append(' ').append(f.evidence().get(k));
            }
            lines.add(sb.toString());
        }
        return lines;
    }

    /**
     * Imports a seed from the test class path as roadmap "seed-NNN" of a municipality.
     *
     * @param file  the seed's file name under /seeds/
     * @param regionCode  the region's code
     * @param municipality  the municipality
     */
    static Roadmap seed(String file, String regionCode, String municipality) {
        try (InputStream in = RoadmapFixtures.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed " + file + " is not on the test class path");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return RoadmapReader.read(text, ReadOptions.of("seed-" + file.substring(0, 3),
                    Territory.municipality(regionCode, municipality))).roadmap();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportException e) {
            throw new AssertionError("seed " + file + " did not import", e);
        }
    }
}
