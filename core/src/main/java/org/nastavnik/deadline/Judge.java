package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nastavnik.common.DateRange;

/** Matches completions to occurrences. */
final class Judge {

    private Judge() {
    }

    static DeadlineStatus status(Deadline deadline, LocalDate asOf, DateRange period,
            Collection<LocalDate> completions, EventDates events) {
        if (!deadline.isJudged()) {
            return DeadlineStatus.notJudged();
        }
        List<LocalDate> due = deadline.occurrences(period, events);
        List<LocalDate> done = new ArrayList<>();
        for (LocalDate c : completions) {
            if (!c.isAfter(asOf)) {
                done.add(c);
            }
        }
        done.sort(null);
        boolean[] used = new boolean[done.size()];
        // Relative deadlines count from several events at once; their completions are not windowed.
        boolean windowed = !(deadline instanceof Relative);
        @Nullable LocalDate[] matched = new LocalDate[due.size()];
        for (int i = 0; i < due.size(); i++) {
            LocalDate after = windowed && i > 0 ? due.get(i - 1) : null;
            for (int j = 0; j < done.size(); j++) {
                LocalDate c = done.get(j);
                if (!used[j] && !c.isAfter(due.get(i)) && (after == null || c.isAfter(after))) {
                    used[j] = true;
                    matched[i] = c;
                    break;
                }
            }
        }
        List<DeadlineStatus.Occurrence> result = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            LocalDate d = due.get(i);
            LocalDate m = matched[i];
            if (m != null) {
                result.add(new DeadlineStatus.Occurrence(d, DeadlineStatus.State.DONE, Optional.of(m)));
                continue;
            }
            LocalDate late = null;
            if (d.isBefore(asOf)) {
                for (int j = 0; j < done.size(); j++) {
                    if (!used[j] && done.get(j).isAfter(d)) {
                        used[j] = true;
                        late = done.get(j);
                        break;
                    }
                }
            }
            if (late != null) {
                result.add(new DeadlineStatus.Occurrence(d, DeadlineStatus.State.DONE_LATE, Optional.of(late)));
            } else {
                DeadlineStatus.State state = d.isBefore(asOf) ? DeadlineStatus.State.OVERDUE
                        : d.isEqual(asOf) ? DeadlineStatus.State.DUE_TODAY : DeadlineStatus.State.UPCOMING;
                result.add(new DeadlineStatus.Occurrence(d, state, Optional.empty()));
            }
        }
        return new DeadlineStatus(DeadlineStatus.Kind.JUDGED, result);
    }
}
