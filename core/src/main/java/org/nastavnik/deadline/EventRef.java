package org.nastavnik.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.nastavnik.common.Language;

/**
 * A reference to the event a relative deadline counts from: a {@link NamedEvent} or, for an event
 * Nastavnik does not know, its words as written (in the genitive, as after «с даты»).
 *
 * <p>Two references are equal when they name the same {@link NamedEvent}, or when both are free
 * text with the same normalized words.
 */
public final class EventRef {

    private final @Nullable NamedEvent named;
    private final String text;

    private EventRef(@Nullable NamedEvent named, String text) {
        this.named = named;
        this.text = text;
    }

    /**
     * Obtains a reference to a named event.
     *
     * @param event  the event, not null
     * @return the reference
     */
    public static EventRef of(NamedEvent event) {
        return new EventRef(Objects.requireNonNull(event, "event"), event.russian());
    }

    /**
     * Obtains a reference from words, recognizing a named event where the words name one
     * («определения формы наставничества» is {@link NamedEvent#FORM_ADOPTION}).
     *
     * @param words  the event's words in the genitive, such as «получения запроса»; spaces are
     *     normalized; not blank
     * @return the reference, to a named event where recognized
     * @throws IllegalArgumentException if {@code words} holds no letter or digit
     */
    public static EventRef of(String words) {
        String normalized = Words.normalizeFree(Objects.requireNonNull(words, "words"));
        if (normalized.chars().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("event words ('" + words + "') must hold a letter or a digit");
        }
        List<String> lower = new ArrayList<>();
        for (String w : normalized.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                lower.add(w);
            }
        }
        for (NamedEvent e : NamedEvent.values()) {
            if (e.matches(lower)) {
                return of(e);
            }
        }
        return new EventRef(null, normalized);
    }

    /** @return the named event, or empty for an event known only by its words */
    public Optional<NamedEvent> named() {
        return Optional.ofNullable(named);
    }

    /** @return the Russian words in the genitive: the canonical words of a named event, or the free text */
    public String text() {
        return text;
    }

    /**
     * @param language  the language, not null
     * @return the event's words in that language; free text stays Russian, quoted in English
     */
    public String toPhrase(Language language) {
        if (language == Language.RU) {
            return text;
        }
        return named != null ? named.english() : "“" + text + "”";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EventRef)) {
            return false;
        }
        EventRef other = (EventRef) o;
        return named == other.named && (named != null || text.equals(other.text));
    }

    @Override
    public int hashCode() {
        return named != null ? named.hashCode() : text.hashCode();
    }

    @Override
    public String toString() {
        return named != null ? named.name() : "EventRef[" + text + "]";
    }
}
