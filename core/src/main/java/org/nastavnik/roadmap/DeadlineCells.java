package org.nastavnik.roadmap;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.model.DateRange;

/**
 * The reader's one door to the deadline parser: parses a deadline cell or phrase against the
 * roadmap's period and approval date and reports what it could not read.
 */
final class DeadlineCells {
    private final @Nullable DateRange period;
    private final @Nullable LocalDate approvalDate;
    private final Findings findings;

    DeadlineCells(@Nullable DateRange period, @Nullable LocalDate approvalDate, Findings findings) {
        this.period = period;
        this.approvalDate = approvalDate;
        this.findings = findings;
    }

    Deadline parse(String text, int line, @Nullable String row) {
        return new PendingDeadline(text);
    }

    static boolean isUnrecognized(Deadline deadline) {
        return false;
    }

    /** Stands in for the deadline parser until it lands. */
    record PendingDeadline(String text) implements Deadline {
    }
}
