package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * By someone else's schedule or plan (по графику, в соответствии с планом): «По графику ГБОУ
 * ИРО», «по отдельному графику», «в соответствии с планом МКУ СЦРО», «В соответствии со сроками
 * реализации программ наставничества в ОО». Its dates live in another document, so it has no
 * occurrences and is not judged. Combined with a recurrence («Ежегодно, по графику ОО») it is
 * the {@link Recurring#schedule() schedule} of a {@link Recurring} deadline.
 *
 * @param kind  what kind of document sets the dates, not null
 * @param owner  whose schedule or plan, as written («ГБОУ ИРО», «ОГАОУ ДПО «БелИРО»»);
 *     spaces normalized, may be empty, not null
 */
public record BySchedule(Kind kind, String owner) implements Deadline {

    /** What kind of document sets the dates. */
    public enum Kind {
        /** «по графику …»: by the schedule of someone. */
        SCHEDULE("по графику", "according to the schedule", "of "),
        /** «по отдельному графику»: by a separate schedule. */
        SEPARATE_SCHEDULE("по отдельному графику", "according to a separate schedule", ""),
        /** «в соответствии с планом …»: by the plan of someone. */
        PLAN("в соответствии с планом", "according to the plan", "of "),
        /** «в соответствии со сроками …»: by the time limits of something. */
        TIME_LIMITS("в соответствии со сроками", "in line with the time limits", "of ");

        private final String russian;
        private final String english;
        private final String englishJoin;

        Kind(String russian, String english, String englishJoin) {
            this.russian = russian;
            this.english = english;
            this.englishJoin = englishJoin;
        }

        /** @return the canonical Russian words, such as «по графику» */
        public String russian() {
            return russian;
        }
    }

    /**
     * Normalizes the owner's spaces.
     *
     * @param kind  the kind, not null
     * @param owner  the owner, not null
     */
    public BySchedule {
        Objects.requireNonNull(kind, "kind");
        owner = Words.normalizeFree(Objects.requireNonNull(owner, "owner"));
    }

    /**
     * Obtains a deadline by someone's schedule or plan.
     *
     * @param kind  the kind, not null
     * @param owner  whose schedule or plan, may be empty, not null
     * @return the deadline
     */
    public static BySchedule of(Kind kind, String owner) {
        return new BySchedule(kind, owner);
    }

    @Override
    public List<LocalDate> occurrences(DateRange period, EventDates events) {
        return List.of();
    }

    @Override
    public boolean isJudged() {
        return false;
    }

    @Override
    public String toPhrase(Language language) {
        if (language == Language.RU) {
            return owner.isEmpty() ? kind.russian : kind.russian + " " + owner;
        }
        return owner.isEmpty() ? kind.english : kind.english + " " + kind.englishJoin + owner;
    }
}
