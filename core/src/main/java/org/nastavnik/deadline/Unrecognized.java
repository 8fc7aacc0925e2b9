package org.nastavnik.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.nastavnik.common.DateRange;
import org.nastavnik.common.Language;

/**
 * A phrase the parser could not read, kept verbatim so that a roadmap never fails to load because
 * one cell is odd. It has no due date and is not judged; it renders its verbatim text.
 *
 * @param text  the phrase as given, not null
 * @param index  the index in {@code text} where reading failed, 0 to its length
 * @param unreadPart  the words from {@code index} on that could not be read (at most 80
 *     characters), not null
 * @param reason  why, in English, not null
 */
public record Unrecognized(String text, int index, String unreadPart, String reason) implements Deadline {

    /**
     * Checks the parts.
     *
     * @param text  the phrase, not null
     * @param index  the index, 0 to the length of {@code text}
     * @param unreadPart  the part not read, not null
     * @param reason  why, not null
     * @throws IllegalArgumentException if {@code index} lies outside {@code text}
     */
    public Unrecognized {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(unreadPart, "unreadPart");
        Objects.requireNonNull(reason, "reason");
        if (index < 0 || index > text.length()) {
            throw new IllegalArgumentException("index (" + index + ") must lie between 0 and the text's length ("
                    + text.length() + ")");
        }
    }

    /**
     * The deadline kept for a phrase with an impossible value, such as «до 31.02.2022»: the
     * phrase verbatim, the index and the reason of the exception. Reading a roadmap that holds it
     * gives it back.
     *
     * @param e  what the parser threw, not null
     * @return the unrecognized deadline, not null
     */
    public static Unrecognized impossible(DeadlineParseException e) {
        String text = e.text();
        return new Unrecognized(text, Math.min(Math.max(0, e.index()), text.length()), "", e.reason());
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
        return text;
    }
}
