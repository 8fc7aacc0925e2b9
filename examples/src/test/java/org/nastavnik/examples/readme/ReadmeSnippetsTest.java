package org.nastavnik.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.ComplianceReport;

/**
 * Every README code block marked {@code <!-- snippet: path#tag -->} is the region between
 * {@code // tag::tag[]} and {@code // end::tag[]} of that file, which the build compiles (and, for
 * tests, runs): the README's snippets compile as they are written.
 */
class ReadmeSnippetsTest {
    private static final Pattern MARKED = Pattern.compile(
            "<!-- snippet: (\\S+)#(\\S+) -->\\n```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void should_quote_every_marked_snippet_exactly_from_its_compiled_file() throws IOException {
        // given
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        Matcher m = MARKED.matcher(readme);
        List<String> checked = new ArrayList<>();

        // when / then
        while (m.find()) {
            String source = Files.readString(ROOT.resolve(m.group(1)), StandardCharsets.UTF_8);
            String begin = "// tag::" + m.group(2) + "[]\n";
            String end = "// end::" + m.group(2) + "[]";
            assertTrue(source.contains(begin) && source.contains(end), m.group(1) + " has no region " + m.group(2));
            String region = source.substring(source.indexOf(begin) + begin.length(), source.indexOf(end));
            assertEquals(region, m.group(4), "README's snippet " + m.group(1) + "#" + m.group(2));
            checked.add(m.group(1));
        }
        assertTrue(checked.size() >= 2, "snippets checked: " + checked);
    }

    @Test
    void should_run_the_embedding_snippet_on_the_example_snapshot() throws IOException {
        // given
        Path json = Files.createTempFile("snapshot", ".json");
        try (var in = ReadmeSnippetsTest.class.getResourceAsStream("/readme/snapshot.json")) {
            Files.copy(in, json, StandardCopyOption.REPLACE_EXISTING);
        }

        // when
        ComplianceReport report = new ComplianceCheck().check(json, LocalDate.of(2022, 10, 1));

        // then
        assertTrue(report.findings().stream().anyMatch(f -> f.ruleId().equals("PAIR_FORMED_LATE") && f.isAbout("p-1")),
                report.findings().toString());
        Files.delete(json);
    }
}
