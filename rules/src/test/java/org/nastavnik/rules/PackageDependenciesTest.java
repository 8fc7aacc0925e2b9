package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of this module depend on each other one way only, and the engine does not use
 * the testing support. Read from the compiled classes' constant pools (what the code really
 * references; javadoc links and string constants do not count).
 */
class PackageDependenciesTest {

    private static final String TESTING = "org.nastavnik.testing";
    private static final Pattern CLASS_NAME = Pattern.compile("(?:^|L)(org/nastavnik/[A-Za-z0-9_$/]+)");
    /** The packages of the lambdas Drools generates for the executable model, such as {@code org.nastavnik.rules.federal.P83}. */
    private static final Pattern GENERATED = Pattern.compile(".*\\.P[0-9A-F]{2}");

    /** Package → the packages of this module its classes reference (itself left out). */
    private static final Map<String, Set<String>> GRAPH = graph(classesDirectory());

    @Test
    void should_read_the_packages_of_the_module() {
        assertTrue(GRAPH.keySet().containsAll(List.of("org.nastavnik.rules", "org.nastavnik.rules.spi",
                "org.nastavnik.rules.facts", "org.nastavnik.rules.federal", "org.nastavnik.rules.json", TESTING)),
                GRAPH.keySet().toString());
        assertTrue(GRAPH.get("org.nastavnik.rules").contains("org.nastavnik.rules.spi"), GRAPH.toString());
    }

    @Test
    void should_keep_the_engine_free_of_the_testing_support() {
        Map<String, Set<String>> offenders = new TreeMap<>();
        GRAPH.forEach((p, deps) -> {
            if (!p.equals(TESTING) && deps.contains(TESTING)) {
                offenders.put(p, deps);
            }
        });
        assertEquals(Map.of(), offenders, "engine packages that reference " + TESTING);
    }

    @Test
    void should_have_no_package_cycle() {
        assertEquals(List.of(), cycles(GRAPH));
    }

    @Test
    void should_keep_the_spi_and_the_facts_below_the_engine() {
        assertEquals(Set.of(), GRAPH.get("org.nastavnik.rules.spi"), "the spi depends on no other package");
        assertEquals(Set.of(), GRAPH.get("org.nastavnik.rules.facts"), "the facts depend on no other package");
    }

    @Test
    void should_find_a_cycle_when_there_is_one() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of(List.of("a", "b", "c")), cycles(g));
        assertEquals(List.of(), cycles(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    /** @return the strongly connected groups of more than one package (Tarjan), each sorted */
    static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] next = {0};
        for (String v : new TreeSet<>(graph.keySet())) {
            if (!index.containsKey(v)) {
                connect(v, graph, index, low, stack, onStack, found, next);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> found, int[] next) {
        index.put(v, next[0]);
        low.put(v, next[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : new TreeSet<>(graph.getOrDefault(v, Set.of()))) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, found, next);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            TreeSet<String> group = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                group.add(w);
            } while (!w.equals(v));
            if (group.size() > 1) {
                found.add(List.copyOf(group));
            }
        }
    }

    private static Path classesDirectory() {
        try {
            return Path.of(ComplianceEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Set<String>> graph(Path classes) {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes.resolve("org/nastavnik"))) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                String pkg = classes.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                if (GENERATED.matcher(pkg).matches()) {
                    return;
                }
                Set<String> deps = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String name : referencedClasses(read(f))) {
                    String other = name.substring(0, name.lastIndexOf('/')).replace('/', '.');
                    if (!other.equals(pkg) && !GENERATED.matcher(other).matches()
                            && (other.startsWith("org.nastavnik.rules") || other.equals(TESTING))) {
                        deps.add(other);
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }

    private static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @return the classes of this project a class file names in its constant pool: class
     *     entries, descriptors and generic signatures; string constants are left out
     */
    static Set<String> referencedClasses(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            in.skipBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            Set<Integer> strings = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++;
                    }
                    default -> throw new IllegalStateException("unknown constant pool tag " + tag);
                }
            }
            Set<String> names = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                if (utf8[i] == null || strings.contains(i)) {
                    continue;
                }
                Matcher m = CLASS_NAME.matcher(utf8[i]);
                while (m.find()) {
                    if (m.group(1).lastIndexOf('/') > 0) {
                        names.add(m.group(1));
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
