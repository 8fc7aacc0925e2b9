package org.nastavnik.examples.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Limits;
import org.nastavnik.model.PeriodBasis;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;

/**
 * Periods the command line reads as {@code <from>..<to>}: {@code --period}, a roadmap's period
 * (период реализации) given by the user, and {@code deadline --context}.
 */
final class Periods {
    static final String OPTION = "--period";
    /** The option naming the roadmap {@link #OPTION} applies to. */
    static final String ROADMAP_OPTION = "--period-roadmap";

    private Periods() {
    }

    /**
     * Reads {@code 2021-09-01..2022-08-31} (or {@code 01.09.2021..31.08.2022}), both ends inclusive.
     *
     * @throws UserError naming the option, the value and every problem with it
     */
    static DateRange parse(String text) {
        return parse(OPTION, text);
    }

    /**
     * @param option  the option read, for the error
     * @param text  the value
     * @return the period, both ends inclusive
     * @throws UserError naming the option, the value and every problem with it
     */
    static DateRange parse(String option, String text) {
        String t = text.strip();
        int dots = t.indexOf("..");
        if (dots < 0 || t.indexOf("..", dots + 2) >= 0) {
            throw new UserError(option + " " + Text.quote(text) + ": not a period; use <from>..<to>, such as 2021-09-01..2022-08-31");
        }
        String fromText = t.substring(0, dots).strip();
        String toText = t.substring(dots + 2).strip();
        List<String> problems = new ArrayList<>();
        LocalDate from = date(option, "start", fromText, problems);
        LocalDate to = date(option, "end", toText, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add("the end (" + to + ") is before the start (" + from + ")");
        }
        if (!problems.isEmpty()) {
            throw new UserError(option + " " + Text.quote(text) + ": " + String.join("; ", problems));
        }
        return DateRange.of(from, to);
    }

    private static LocalDate date(String option, String which, String text, List<String> problems) {
        if (text.isEmpty()) {
            problems.add("the " + which + " is missing");
            return null;
        }
        try {
            return Dates.parseOption(option, text);
        } catch (UserError e) {
            // a date, but outside the accepted range (issue 24), or not a date at all
            problems.add("the " + which + " (" + text + ") "
                    + (e.getMessage().endsWith(Limits.dateReason())
                            ? Limits.dateReason()
                            : "is not a valid date; use yyyy-mm-dd, such as 2021-09-01"));
            return null;
        }
    }

    /**
     * Gives a period to the snapshot's roadmap (the one named, or the only one), with the basis
     * {@link PeriodBasis#GIVEN}; the snapshot passed is not changed.
     *
     * @param snapshot  the snapshot read, not null
     * @param period  the period, not null
     * @param roadmapId  the roadmap to give it to, or null for the snapshot's only roadmap
     * @return a snapshot with that roadmap's period replaced
     * @throws UserError when no roadmap, or not one roadmap, is meant
     */
    static Snapshot apply(Snapshot snapshot, DateRange period, String roadmapId) {
        List<String> ids = snapshot.roadmaps().stream().map(Roadmap::id).toList();
        String target;
        if (roadmapId != null) {
            if (!ids.contains(roadmapId)) {
                throw new UserError(ROADMAP_OPTION + " \"" + roadmapId + "\": the snapshot has no such roadmap; its roadmaps: "
                        + (ids.isEmpty() ? "none" : String.join(", ", ids)));
            }
            target = roadmapId;
        } else if (ids.size() == 1) {
            target = ids.get(0);
        } else if (ids.isEmpty()) {
            throw new UserError(OPTION + ": the snapshot has no roadmap to give a period to");
        } else {
            throw new UserError(OPTION + ": the snapshot has " + ids.size() + " roadmaps (" + String.join(", ", ids)
                    + "); name one with " + ROADMAP_OPTION + " <id>");
        }
        List<Roadmap> roadmaps = new ArrayList<>(ids.size());
        for (Roadmap r : snapshot.roadmaps()) {
            roadmaps.add(r);
        }
        try {
            for (int i = 0; i < roadmaps.size(); i++) {
                Roadmap r = roadmaps.get(i);
                if (r.id().equals(target)) {
                    roadmaps.set(i, Roadmap.builder().from(r).period(period).periodBasis(PeriodBasis.GIVEN).build());
                }
            }
            return Snapshot.builder().from(snapshot).roadmaps(roadmaps).build();
        } catch (ValidationException e) {
            throw new UserError(OPTION + " \"" + period.startInclusive() + ".." + period.endInclusive() + "\": "
                    + Inputs.problems(e.problems()), e);
        }
    }
}
