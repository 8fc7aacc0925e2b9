package org.nastavnik.pbt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * General generators for property tests, on QuickTheories' {@link Gen}. Every choice is drawn
 * from QuickTheories' source, so whatever these make shrinks.
 */
public final class Gens {
    /** The length of {@link #anyStrings()}, as in the usual property-testing libraries. */
    public static final int ANY_STRING_MAX_LENGTH = 255;

    private static final String READABLE = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
            + "azAZ0123456789 .,;:-–—/()«»\"'№\t\n\r\u00a0\u2028";

    private Gens() {
    }

    /**
     * A generator written as plain code: {@code Gens.of(d -> new Pair(d.between(1, 9), d.maybe()))}.
     *
     * @param body  makes one value from the draws it asks for
     * @param <T>   what it makes
     * @return the generator
     */
    public static <T> Gen<T> of(Function<Draw, T> body) {
        return source -> body.apply(new Draw(source));
    }

    /**
     * @param choices  generators to choose from, not empty
     * @param <T>      what they make
     * @return a generator that asks one of them, equally often, shrinking to the first
     */
    public static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> choices) {
        List<Gen<? extends T>> copy = List.copyOf(choices);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("choices must not be empty");
        }
        return of(d -> d.draw(copy.get(d.below(copy.size()))));
    }

    /**
     * @param values  the values, not empty
     * @param <T>     their type
     * @return a generator of one of them, shrinking to the first
     */
    @SafeVarargs
    public static <T> Gen<T> pick(T... values) {
        List<T> list = new ArrayList<>(values.length);
        for (T value : values) {
            list.add(value);
        }
        return Generate.pick(List.copyOf(list));
    }

    /** @return yes and no, shrinking to no */
    public static Gen<Boolean> booleans() {
        return of(Draw::maybe);
    }

    /**
     * @param element  the generator of the elements
     * @param min      the smallest size
     * @param max      the largest size
     * @param <T>      the type of the elements
     * @return modifiable lists of {@code min} to {@code max} elements, shrinking to fewer and smaller ones
     */
    public static <T> Gen<List<T>> lists(Gen<T> element, int min, int max) {
        return of(d -> {
            int size = d.between(min, max);
            List<T> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                out.add(d.draw(element));
            }
            return out;
        });
    }

    /**
     * @param items  the items
     * @param <T>    their type
     * @return the items in every order, shrinking to the given one
     */
    public static <T> Gen<List<T>> shuffled(List<T> items) {
        List<T> copy = List.copyOf(items);
        return of(d -> d.shuffled(copy));
    }

    /**
     * @param chars  the characters to use (of the Basic Multilingual Plane), not empty
     * @param min    the shortest length
     * @param max    the longest length
     * @return strings of those characters, shrinking to shorter strings of earlier characters
     */
    public static Gen<String> strings(String chars, int min, int max) {
        if (chars.isEmpty()) {
            throw new IllegalArgumentException("chars must not be empty");
        }
        return of(d -> {
            int length = d.between(min, max);
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                sb.append(chars.charAt(d.below(chars.length())));
            }
            return sb.toString();
        });
    }

    /** @return {@link #anyStrings(int, int)} of 0 to {@value #ANY_STRING_MAX_LENGTH} characters */
    public static Gen<String> anyStrings() {
        return anyStrings(0, ANY_STRING_MAX_LENGTH);
    }

    /**
     * Any string: each character, equally often, any UTF-16 unit at all (lone surrogates, controls
     * and unassigned ones too), a Cyrillic or Latin letter, digit, punctuation or space of the
     * kind documents hold, or a character outside the Basic Multilingual Plane.
     *
     * @param min  the shortest length in UTF-16 units
     * @param max  the longest length in UTF-16 units
     * @return strings, shrinking to shorter ones of simpler characters
     */
    public static Gen<String> anyStrings(int min, int max) {
        return of(d -> {
            int length = d.between(min, max);
            StringBuilder sb = new StringBuilder(length);
            while (sb.length() < length) {
                switch (d.below(3)) {
                    case 0 -> sb.append(READABLE.charAt(d.below(READABLE.length())));
                    case 1 -> sb.append((char) d.between(0, Character.MAX_VALUE));
                    default -> {
                        if (sb.length() + 2 <= length) {
                            sb.appendCodePoint(d.between(Character.MIN_SUPPLEMENTARY_CODE_POINT,
                                    Character.MAX_CODE_POINT));
                        } else {
                            sb.append(READABLE.charAt(d.below(READABLE.length())));
                        }
                    }
                }
            }
            return sb.toString();
        });
    }
}
