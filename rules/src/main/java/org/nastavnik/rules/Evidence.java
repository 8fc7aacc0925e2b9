package org.nastavnik.rules;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A finding's evidence: a handful of names and values in the rule's order, immutable. Two
 * arrays instead of a {@code LinkedHashMap}: a report holds one per finding, and a map of
 * entries cost more than the rest of the finding.
 */
final class Evidence extends AbstractMap<String, String> {

    static final Evidence EMPTY = new Evidence(new String[0], new String[0], 0);

    private final String[] names;
    private final String[] values;
    private final int size;

    private Evidence(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** @return the evidence of a map, in its iteration order */
    static Evidence of(Map<String, String> map) {
        if (map instanceof Evidence e) {
            return e;
        }
        Builder b = new Builder();
        map.forEach(b::put);
        return b.build();
    }

    @Override
    public String get(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public int size() {
        return size;
    }

    /** @return whether the other evidence has the same names in the same order (values aside) */
    boolean sameNames(Evidence other) {
        if (other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!names[i].equals(other.names[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Evidence e)) {
            return super.equals(o);
        }
        if (e.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!values[i].equals(e.get(names[i]))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int i = 0; i < size; i++) {
            h += names[i].hashCode() ^ values[i].hashCode();
        }
        return h;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    @Override
    public void forEach(java.util.function.BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    /** Names and values in the order first put; putting a name again replaces its value in place. */
    static final class Builder {
        private String[] names = new String[8];
        private String[] values = new String[8];
        private int size;

        Builder put(String name, String value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return this;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
            return this;
        }

        String get(String name) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    return values[i];
                }
            }
            return null;
        }

        Evidence build() {
            return size == 0 ? EMPTY : new Evidence(Arrays.copyOf(names, size), Arrays.copyOf(values, size), size);
        }
    }
}
