package org.nastavnik.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/architecture.md lists every package of the shipped and example modules with exactly its public types. */
class ArchitectureDocTest {

    private static final List<String> MODULES = List.of("core", "rules", "report", "monitoring", "suggest", "examples",
            "examples/region-pack-example");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][a-z0-9]*(?:\\.[a-z0-9]+)+)` \\|.*\\| ([^|]*) \\|$");
    private static final Pattern TYPE = Pattern.compile("`([A-Z][A-Za-z0-9]*)`");

    @Test
    void should_list_the_public_types_of_every_package() {
        // given
        Path root = Path.of("").toAbsolutePath().getParent();
        Map<String, Set<String>> inSources = new TreeMap<>();
        MODULES.forEach(m -> publicTypes(root.resolve(m).resolve("src/main/java"), inSources));
        // when
        Map<String, Set<String>> inDoc = documented(root.resolve("docs/architecture.md"));
        // then
        assertTrue(inSources.containsKey("org.nastavnik.rules.spi"), inSources.keySet().toString());
        assertEquals(inSources, inDoc, "docs/architecture.md, the table of packages and public types");
    }

    /** @return the rows of the table: package → the types named in its last cell */
    static Map<String, Set<String>> documented(Path doc) {
        Map<String, Set<String>> m = new TreeMap<>();
        for (String line : read(doc).split("\n")) {
            Matcher row = ROW.matcher(line.strip());
            if (row.matches()) {
                Set<String> types = new TreeSet<>();
                // the note in parentheses (generated classes) is not a list of types
                Matcher t = TYPE.matcher(row.group(2).replaceAll("\\(.*\\)", ""));
                while (t.find()) {
                    types.add(t.group(1));
                }
                m.put(row.group(1), types);
            }
        }
        return m;
    }

    /** Adds the public top-level types of each package under a source root. */
    static void publicTypes(Path sources, Map<String, Set<String>> into) {
        if (!Files.isDirectory(sources)) {
            return; // a module without Java sources (the example pack: DRL, texts and a description only)
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).forEach(f -> {
                String name = f.getFileName().toString().replace(".java", "");
                String pkg = sources.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
                Set<String> types = into.computeIfAbsent(pkg, k -> new TreeSet<>());
                Pattern declared = Pattern.compile("(?m)^public (?:(?:final|abstract|sealed|non-sealed) )*"
                        + "(?:class|interface|enum|record|@interface) " + name + "\\b");
                if (declared.matcher(read(f)).find()) {
                    types.add(name);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
