package org.nastavnik.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nastavnik.rules.spi.RuleParameters;

/**
 * {@code docs/rules.md} is generated from the rule descriptors. Regenerate it with
 * {@code ./mvnw -B -pl rules -am verify -Dnastavnik.updateDocs=true}.
 */
class RulesDocTest {

    static final Path DOC = Path.of("..", "docs", "rules.md");

    @Test
    void should_keep_docs_rules_md_in_sync_with_the_descriptors() throws IOException {
        String generated = RuleCatalogueMarkdown.render(ComplianceEngine.federal().rules(), RuleParameters.federalParameters());
        if (Boolean.getBoolean("nastavnik.updateDocs")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        assertEquals(generated, committed, "docs/rules.md is out of date with the rule descriptors; regenerate it with\n"
                + "./mvnw -B -pl rules -am verify -Dnastavnik.updateDocs=true");
    }
}
