package org.nastavnik.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;

class EmbeddingExampleTest {

    @Test
    void should_report_the_pair_formed_on_day_15_as_late() {
        // when: what the example prints is captured, not shown in the build's output
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ComplianceReport report;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            report = EmbeddingExample.check(SchoolRecords.sample(MentoringForm.TEACHER_TEACHER));
        } finally {
            System.setOut(console);
        }

        // then
        List<Finding> late = report.findings().stream().filter(f -> f.ruleId().equals("PAIR_FORMED_LATE")).toList();
        assertEquals(1, late.size(), report.findings().toString());
        assertTrue(late.get(0).isAbout("p1"));
        assertEquals("1", late.get(0).evidence().get("daysLate"));
        assertEquals(report.findings().size(), printed.toString(StandardCharsets.UTF_8).lines().count());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("WARNING " + late.get(0).message(Language.RU)));
    }

    @Test
    void should_quote_the_example_in_readme_exactly() throws IOException {
        // given
        Path root = Path.of("").toAbsolutePath().getParent();
        String source = Files.readString(root.resolve(
                "examples/src/main/java/org/nastavnik/examples/EmbeddingExample.java"), StandardCharsets.UTF_8);
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);

        // when
        String snippet = source.substring(source.indexOf("// tag::embed[]") + "// tag::embed[]".length(),
                source.indexOf("// end::embed[]")).strip().replaceAll("(?m)^ {8}", "");

        // then
        assertTrue(readme.contains(snippet), "README.md must quote EmbeddingExample exactly:\n" + snippet);
    }
}
