package org.nastavnik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code core} form layers: no package uses, directly or through others, a package
 * that uses it. A use is any mention of another package's type in a main source file: an import
 * (also static or on demand) or a fully qualified name, in code or in javadoc.
 */
class PackageCyclesTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.nastavnik(?:\\.[a-z]\\w*)*)\\.(?:[A-Z*])");

    @Test
    void core_packages_have_no_cycle() throws IOException {
        // given
        Map<String, Map<String, String>> uses = uses(SOURCES);

        // when
        List<List<String>> cycles = cycles(uses);

        // then
        assertTrue(uses.keySet().containsAll(Set.of("org.nastavnik.common", "org.nastavnik.deadline",
                "org.nastavnik.model", "org.nastavnik.json", "org.nastavnik.roadmap")), uses.keySet().toString());
        assertTrue(cycles.isEmpty(), () -> describe(cycles, uses));
    }

    @Test
    void layers_are_used_downwards_only() throws IOException {
        Map<String, Map<String, String>> uses = uses(SOURCES);

        assertEquals(Set.of(), uses.get("org.nastavnik.common").keySet(), "common uses nothing of Nastavnik");
        assertEquals(Set.of("org.nastavnik.common"), uses.get("org.nastavnik.deadline").keySet());
        assertTrue(!uses.get("org.nastavnik.model").containsKey("org.nastavnik.json")
                && !uses.get("org.nastavnik.model").containsKey("org.nastavnik.roadmap"),
                () -> "model uses " + uses.get("org.nastavnik.model"));
    }

    @Test
    void a_cycle_through_three_packages_is_found_with_every_step() {
        // given: a → b → c → a, and d → a outside the cycle
        Map<String, Map<String, String>> uses = new TreeMap<>();
        uses.put("a", Map.of("b", "A.java"));
        uses.put("b", Map.of("c", "B.java"));
        uses.put("c", Map.of("a", "C.java"));
        uses.put("d", Map.of("a", "D.java"));

        // when
        List<List<String>> cycles = cycles(uses);

        // then
        assertEquals(List.of(List.of("a", "b", "c")), cycles);
        assertEquals("1 package cycle:\n  a -> b (A.java) -> c (B.java) -> a (C.java)", describe(cycles, uses));
    }

    @Test
    void two_packages_using_each_other_are_a_cycle() {
        Map<String, Map<String, String>> uses = new TreeMap<>();
        uses.put("model", Map.of("deadline", "Activity.java"));
        uses.put("deadline", Map.of("model", "Deadline.java"));

        assertEquals(List.of(List.of("deadline", "model")), cycles(uses));
    }

    /** Package → the packages it uses, each with the first file (in path order) that uses it. */
    static Map<String, Map<String, String>> uses(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
        Map<String, Map<String, String>> uses = new TreeMap<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher declared = PACKAGE.matcher(text);
            if (!declared.find()) {
                continue;
            }
            String from = declared.group(1);
            Map<String, String> used = uses.computeIfAbsent(from, k -> new TreeMap<>());
            Matcher m = REFERENCE.matcher(text);
            while (m.find()) {
                String to = m.group(1);
                if (!to.equals(from)) {
                    used.putIfAbsent(to, root.relativize(file).toString());
                }
            }
        }
        // only packages of this source tree count; others (other modules, libraries) are below it
        for (Map<String, String> used : uses.values()) {
            used.keySet().retainAll(uses.keySet());
        }
        return uses;
    }

    /** The strongly connected components of more than one package (Tarjan), each sorted, in order. */
    static List<List<String>> cycles(Map<String, Map<String, String>> uses) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] next = {0};
        for (String p : new TreeSet<>(uses.keySet())) {
            if (!index.containsKey(p)) {
                connect(p, uses, index, low, stack, onStack, found, next);
            }
        }
        found.sort((x, y) -> x.get(0).compareTo(y.get(0)));
        return found;
    }

    private static void connect(String p, Map<String, Map<String, String>> uses, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found,
            int[] next) {
        index.put(p, next[0]);
        low.put(p, next[0]);
        next[0]++;
        stack.push(p);
        onStack.add(p);
        for (String q : new TreeSet<>(uses.getOrDefault(p, Map.of()).keySet())) {
            if (!index.containsKey(q)) {
                connect(q, uses, index, low, stack, onStack, found, next);
                low.put(p, Math.min(low.get(p), low.get(q)));
            } else if (onStack.contains(q)) {
                low.put(p, Math.min(low.get(p), index.get(q)));
            }
        }
        if (low.get(p).equals(index.get(p))) {
            List<String> component = new ArrayList<>();
            String q;
            do {
                q = stack.pop();
                onStack.remove(q);
                component.add(q);
            } while (!q.equals(p));
            if (component.size() > 1) {
                component.sort(null);
                found.add(component);
            }
        }
    }

    /** Each cycle as a path through its packages, each step with a file that makes it. */
    static String describe(List<List<String>> cycles, Map<String, Map<String, String>> uses) {
        StringBuilder text = new StringBuilder().append(cycles.size())
                .append(cycles.size() == 1 ? " package cycle:" : " package cycles:");
        for (List<String> cycle : cycles) {
            text.append("\n  ").append(path(cycle, uses));
        }
        return text.toString();
    }

    /** A closed walk from the cycle's first package back to it, staying inside the cycle. */
    private static String path(List<String> cycle, Map<String, Map<String, String>> uses) {
        String start = cycle.get(0);
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        String last = null;
        while (!queue.isEmpty() && last == null) {
            String p = queue.removeFirst();
            for (String q : new TreeSet<>(uses.get(p).keySet())) {
                if (!cycle.contains(q)) {
                    continue;
                }
                if (q.equals(start)) {
                    last = p;
                    break;
                }
                if (!cameFrom.containsKey(q)) {
                    cameFrom.put(q, p);
                    queue.addLast(q);
                }
            }
        }
        List<String> walk = new ArrayList<>();
        for (String p = last; p != null && !p.equals(start); p = cameFrom.get(p)) {
            walk.add(0, p);
        }
        walk.add(0, start);
        walk.add(start);
        StringBuilder text = new StringBuilder(start);
        for (int i = 1; i < walk.size(); i++) {
            text.append(" -> ").append(walk.get(i)).append(" (").append(uses.get(walk.get(i - 1)).get(walk.get(i)))
                    .append(')');
        }
        return text.toString();
    }
}
