package org.nastavnik.deadline;

import java.util.Objects;

/**
 * Reads a deadline phrase (срок) into a {@link Deadline}.
 *
 * <p>Tolerates real-world noise: any letter case, «г.», «гг.», «года», «годы», non-breaking and
 * doubled spaces, line breaks inside a cell, hyphen, en dash and em dash, guillemets and stray
 * punctuation around the phrase. It never throws for a phrase it cannot read: it returns
 * {@link Unrecognized} with the verbatim text, the index where reading failed and the reason.
 * Phrases longer than {@value #MAX_LENGTH} characters are not read at all (no roadmap cell is that
 * long), so the work is bounded whatever the input. A phrase that names a date or a year outside
 * {@link org.nastavnik.common.Limits#MIN_DATE} to {@link org.nastavnik.common.Limits#MAX_DATE}, or
 * whose canonical phrase would be longer than {@value #MAX_LENGTH} characters, is
 * {@link Unrecognized} too. The parser uses no regular expressions; its
 * work is linear in the phrase's length times a small constant.
 *
 * <p>Names of owners, qualifiers and unknown events («ГБОУ ИРО», «реализации ЦМН») are kept as
 * written, with spaces normalized: their letter case is meaningful.
 *
 * <p>This class is thread-safe.
 */
public final class DeadlineParser {

    /** The longest phrase read, in characters; longer ones are {@link Unrecognized}. */
    public static final int MAX_LENGTH = org.nastavnik.common.Limits.MAX_PHRASE_LENGTH;

    private DeadlineParser() {
    }

    /**
     * Parses a deadline phrase.
     *
     * @param text  the phrase to parse, such as «4 квартал 2022 года», not null
     * @param context  what completes a phrase without a year, not null
     * @return the deadline, {@link Unrecognized} if the phrase cannot be read, not null
     * @throws DeadlineParseException if the phrase holds a value that cannot exist, such as
     *     «31.02.2022», month 13 or the 5th quarter
     */
    public static Deadline parse(String text, DeadlineContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        return new Grammar(text, context).parse();
    }

    /**
     * Parses a deadline phrase with no context: every year must be in the phrase.
     *
     * @param text  the phrase to parse, such as «до 07.03.2022», not null
     * @return the deadline, {@link Unrecognized} if the phrase cannot be read, not null
     * @throws DeadlineParseException if the phrase holds a value that cannot exist
     */
    public static Deadline parse(String text) {
        return parse(text, DeadlineContext.none());
    }
}
