package org.nastavnik.rules.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: anything {@code JsonDocument.SNAPSHOT} accepts, {@code check} returns within a fixed heap. The
 * property runs in a JVM of its own with {@value #HEAP} of heap ({@link BoundedCheck}), so that
 * running out of memory fails it rather than the build's JVM; a few seconds of fixed seeds in the
 * normal build, 200 s with {@code -Pfuzz}.
 */
class BoundedCheckFuzzTest {
    static final String HEAP = "-Xmx256m";
    private static final long FIRST_SEED = 24_000L;

    @Test
    void anything_snapshot_json_accepts_is_checked_within_a_fixed_heap() throws Exception {
        // given a child JVM with a small heap and the test class path
        long seconds = HostileJson.fuzzSeconds();
        Path out = Files.createTempFile("bounded-check", ".txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp", System.getProperty("java.class.path"), BoundedCheck.class.getName(),
                Long.toString(FIRST_SEED), seconds > 0 ? "500" : "60", Long.toString(seconds));

        // when it checks the hostile documents
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = child.waitFor(seconds + 600, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);

        // then every accepted document was checked, none failed, and the heap sufficed
        assertTrue(ended, "the child JVM did not end: " + output);
        assertEquals(0, child.exitValue(), output);
        String last = output.strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.matches("accepted=[1-9]\\d* refused=[1-9]\\d* slowest=\\d+ms"), output);
        System.out.println("BoundedCheckFuzzTest: " + last + (seconds > 0 ? " in " + seconds + " s" : ""));
    }
}
