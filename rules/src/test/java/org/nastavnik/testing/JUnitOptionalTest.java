package org.nastavnik.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.ComplianceEngine;

/**
 * JUnit is optional for users of the library: only the extension, its annotation and the
 * coverage listener refer to it. Every other class of the library's main output, the engine,
 * the scenario builder and the assertions among them, names no JUnit or opentest4j type in
 * its class file, so it loads and runs with JUnit absent from the class path.
 */
class JUnitOptionalTest {

    private static final Set<String> MAY_USE_JUNIT = Set.of(
            "org/nastavnik/testing/NastavnikExtension.class",
            "org/nastavnik/testing/NastavnikTest.class",
            "org/nastavnik/testing/RuleCoverageListener.class");

    @Test
    void should_keep_junit_out_of_every_class_but_the_extension_and_the_listener() throws Exception {
        // given the main classes of this module
        Path classes = Path.of(ComplianceEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        // when
        List<String> offenders = files.stream()
                .filter(p -> !MAY_USE_JUNIT.contains(classes.relativize(p).toString().replace('\\', '/')))
                .filter(JUnitOptionalTest::namesJUnit)
                .map(p -> classes.relativize(p).toString()).toList();
        // then
        assertTrue(files.stream().anyMatch(p -> p.endsWith("Scenario.class")), "Scenario.class is among " + classes);
        assertTrue(files.stream().anyMatch(p -> p.endsWith("ReportAssert.class")));
        assertTrue(files.stream().anyMatch(p -> p.endsWith("DefaultComplianceEngine.class")));
        assertEquals(List.of(), offenders);
        // and the extension does name it, so the check can see a reference
        assertTrue(namesJUnit(classes.resolve("org/nastavnik/testing/NastavnikExtension.class")));
    }

    /** @return whether the class file's constant pool names a type of org.junit or org.opentest4j */
    private static boolean namesJUnit(Path classFile) {
        try {
            String text = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return text.contains("org/junit/") || text.contains("org/opentest4j/");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
