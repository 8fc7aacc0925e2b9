package org.nastavnik.pbt;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The choices of one generated value, drawn from QuickTheories' source of randomness so that each
 * of them shrinks: a number towards its smallest, a yes/no towards no, a pick towards the first
 * item, a shuffle towards the original order. Made by {@link Gens#of}; valid only while its value
 * is generated.
 *
 * <p>QuickTheories shrinks a value by changing its draws one place at a time and generating it
 * again. A generator that makes the same number of draws in the same order whatever it draws
 * (all counts first, every element up to the largest size made and the extra ones dropped, an
 * optional value drawn also when absent, as {@code SnapshotGenerator} does) shrinks best: a
 * smaller count or an absent value then never shifts the draws of what follows.
 */
public final class Draw {
    /** The constants of each enum, listed once. */
    private static final ClassValue<List<?>> CONSTANTS = new ClassValue<>() {
        @Override
        protected List<?> computeValue(Class<?> type) {
            return List.of(type.getEnumConstants());
        }
    };

    private final RandomnessSource source;

    Draw(RandomnessSource source) {
        this.source = source;
    }

    /**
     * @param min  the smallest value, to which it shrinks
     * @param max  the largest value, not below {@code min}
     * @return a whole number from {@code min} to {@code max}, both included
     */
    public int between(int min, int max) {
        return Generate.range(min, max, min).generate(source);
    }

    /**
     * @param min  the smallest value, to which it shrinks
     * @param max  the largest value, not below {@code min}
     * @return a whole number from {@code min} to {@code max}, both included
     */
    public long between(long min, long max) {
        return Generate.longRange(min, max, min).generate(source);
    }

    /**
     * @param bound  one more than the largest value, at least 1
     * @return a whole number from 0 below {@code bound}, as {@link java.util.Random#nextInt(int)}
     */
    public int below(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound (" + bound + ") must be at least 1");
        }
        return between(0, bound - 1);
    }

    /** @return yes or no, shrinking to no */
    public boolean maybe() {
        return between(0, 1) == 1;
    }

    /**
     * @param items  what to pick from, not empty
     * @param <T>    the type of the items
     * @return one of the items, shrinking to the first
     */
    public <T> T pick(List<T> items) {
        return items.get(below(items.size()));
    }

    /**
     * @param type  an enum type with at least one constant
     * @param <E>   the enum
     * @return one of its constants, shrinking to the first declared
     */
    public <E extends Enum<E>> E pick(Class<E> type) {
        return type.cast(pick(CONSTANTS.get(type)));
    }

    /**
     * @param items  the items, unchanged
     * @param <T>    the type of the items
     * @return a new list of the same items in an order chosen by Fisher–Yates, shrinking to the given order
     */
    public <T> List<T> shuffled(List<T> items) {
        List<T> out = new ArrayList<>(items);
        for (int i = out.size() - 1; i > 0; i--) {
            // target i: an unshrinkable swap is the item with itself, which keeps the order
            int j = Generate.range(0, i, i).generate(source);
            T t = out.get(i);
            out.set(i, out.get(j));
            out.set(j, t);
        }
        return out;
    }

    /**
     * @param gen  a generator
     * @param <T>  what it makes
     * @return a value of that generator, drawn from the same source (so it shrinks too)
     */
    public <T> T draw(Gen<T> gen) {
        return gen.generate(source);
    }
}
