package org.nastavnik.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's first command as a user types it: {@code java -jar examples/target/nastavnik.jar demo},
 * a separate process on the packaged jar (so Drools' service files must have survived shading).
 * Runs in the integration-test phase, after the jar is built; see examples/pom.xml. Named
 * {@code *JarTest}, kept out of the unit-test run.
 */
class PackagedJarTest {

    @TempDir
    Path dir;

    @Test
    void should_run_the_demo_from_the_packaged_jar() throws Exception {
        // when
        Result r = java("demo");
        // then
        assertEquals(0, r.code, r.err);
        assertEquals("", r.err, "nothing on stderr");
        assertTrue(r.out.startsWith("Проверка целевой модели наставничества\n"), r.out);
        assertTrue(r.out.contains("  ПРЕДУПРЕЖДЕНИЕ  Нет куратора\n"), r.out);
        assertTrue(r.out.contains("Пара сформирована с опозданием · срок 29.09.2021"), r.out);
    }

    @Test
    void should_fail_with_one_line_and_exit_code_2_on_a_missing_snapshot() throws Exception {
        // given
        Path missing = dir.resolve("missing.json");
        // when
        Result r = java("check", missing.toString(), "--as-of", "2022-06-01");
        // then
        assertEquals(2, r.code);
        assertEquals("", r.out);
        assertEquals("nastavnik: " + missing + ": no such file\n", r.err);
    }

    @Test
    void should_exit_with_1_when_a_check_finds_warnings() throws Exception {
        // given
        Path snapshot = Fixtures.write(dir, "s.json", Fixtures.sample());
        // when
        Result r = java("check", snapshot.toString(), "--as-of", "2022-06-01", "--format", "json");
        // then
        assertEquals(1, r.code, r.err);
        assertTrue(r.out.contains("\"ruleId\": \"CURATOR_MISSING\""), r.out);
    }

    private record Result(int code, String out, String err) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("nastavnik.jar", "target/nastavnik.jar");
        Assumptions.assumeTrue(Files.isRegularFile(Path.of(jar)), "the packaged jar " + jar + " is not built");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar);
        command.addAll(List.of(args));
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish in 120 s: " + command);
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
