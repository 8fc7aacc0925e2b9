package org.nastavnik.roadmap;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.nastavnik.deadline.Deadline;
import org.nastavnik.deadline.DeadlineContext;
import org.nastavnik.deadline.DeadlineParseException;
import org.nastavnik.deadline.DeadlineParser;
import org.nastavnik.deadline.Unrecognized;
import org.nastavnik.common.DateRange;

/**
 * The reader's one door to the deadline parser: parses a deadline cell or phrase against the
 * roadmap's period and approval date, and reports what it could not read. An impossible value
 * («31.02.2022») becomes an {@link Unrecognized} deadline plus a {@code DEADLINE_INVALID} finding,
 * so that one odd cell never stops the import.
 */
final class DeadlineCells {
    /**
     * The deadline of an obligation whose document states none: an empty phrase, never judged; the
     * same value the JSON form reads back.
     */
    static final Deadline NOT_STATED = DeadlineParser.parse("", DeadlineContext.none());
    private final DeadlineContext context;
    private final Findings findings;

    DeadlineCells(@Nullable DateRange period, @Nullable LocalDate approvalDate, Findings findings) {
        DeadlineContext c = period == null ? DeadlineContext.none() : DeadlineContext.of(period);
        this.context = approvalDate == null ? c : c.withApprovalDate(approvalDate);
        this.findings = findings;
    }

    Deadline parse(String text, int line, @Nullable String row) {
        if (text.isEmpty()) {
            return NOT_STATED;
        }
        Deadline deadline;
        try {
            deadline = DeadlineParser.parse(text, context);
        } catch (DeadlineParseException e) {
            findings.add(FindingCode.DEADLINE_INVALID,
                    "срок «" + SourceText.shorten(text, 100) + "» содержит невозможное значение (позиция " + e.index()
                            + "): " + e.reason(),
                    "deadline «" + SourceText.shorten(text, 100) + "» holds an impossible value (index " + e.index()
                            + "): " + e.reason(),
                    line, row, text);
            return Unrecognized.impossible(e);
        } catch (RuntimeException e) {
            findings.add(FindingCode.DEADLINE_UNRECOGNIZED,
                    "срок «" + SourceText.shorten(text, 100) + "» не прочитан: ошибка разбора " + e,
                    "deadline «" + SourceText.shorten(text, 100) + "» not read: the parser failed with " + e,
                    line, row, text);
            return new Unrecognized(text, 0, SourceText.shorten(text, 80), "the parser failed: " + e);
        }
        if (deadline instanceof Unrecognized u) {
            findings.add(FindingCode.DEADLINE_UNRECOGNIZED,
                    "срок «" + SourceText.shorten(text, 100) + "» не распознан с позиции " + u.index() + " («"
                            + u.unreadPart() + "»)",
                    "deadline «" + SourceText.shorten(text, 100) + "» not understood from index " + u.index() + " («"
                            + u.unreadPart() + "»): " + u.reason(),
                    line, row, text);
        }
        return deadline;
    }

    static boolean isUnrecognized(Deadline deadline) {
        return deadline instanceof Unrecognized;
    }
}
