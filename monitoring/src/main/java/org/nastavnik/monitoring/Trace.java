package org.nastavnik.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The records counted, by the name of the number they count towards. Not thread-safe. */
final class Trace {
    private final Map<String, List<String>> lines = new LinkedHashMap<>();
    private final String prefix;

    Trace(String prefix) {
        this.prefix = prefix;
    }

    void add(String key, String line) {
        lines.computeIfAbsent(key, k -> new ArrayList<>()).add(prefix + line);
    }

    List<String> lines(String key) {
        return lines.getOrDefault(key, List.of());
    }
}
