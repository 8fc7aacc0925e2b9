package org.nastavnik.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.nastavnik.common.Language;
import org.nastavnik.rules.spi.Parameter;

/** Renders the rule catalogue ({@code docs/rules.md}) from descriptors. */
final class RuleCatalogueMarkdown {

    private RuleCatalogueMarkdown() {
    }

    static String render(List<RuleDescriptor> rules, List<Parameter<?>> parameters) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Rule catalogue\n\n");
        sb.append("<!-- Generated from the rule descriptors; do not edit. Regenerate with:\n");
        sb.append("     ./mvnw -B -pl rules -am verify -Dnastavnik.updateDocs=true -->\n\n");
        sb.append("Severity: VIOLATION breaks a requirement whose source is confirmed; WARNING breaks a ")
                .append("recommendation, a regional parameter, or a requirement whose source is not confirmed; ")
                .append("NOTICE is data quality or an early warning. Reliability is the domain digest's tag: ")
                .append("[V] verified, [P] primary document not re-read, [S] seed document, [L] local practice, ")
                .append("[?] open. A rule is in force from the day its source took effect (and until the day it ")
                .append("ends, where it does); a check as of a day applies only the rules in force on it.\n\n");
        sb.append("| id | severity | reliability | description (RU) | description (EN) | source | in force | parameters |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (RuleDescriptor d : rules) {
            sb.append("| `").append(d.id()).append("` | ").append(d.severity())
                    .append(d.severityNote(Language.EN).isPresent() ? " *" : "")
                    .append(" | [").append(d.reliability().tag()).append("] | ")
                    .append(cell(d.description(Language.RU))).append(" | ")
                    .append(cell(d.description(Language.EN))).append(" | ")
                    .append(cell(d.source().toString())).append(" | ")
                    .append(inForce(d)).append(" | ")
                    .append(d.parameters().isEmpty() ? "—" : d.parameters().stream()
                            .map(p -> "`" + p.key() + "`").collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        List<RuleDescriptor> noted = rules.stream().filter(d -> d.severityNote(Language.EN).isPresent())
                .collect(Collectors.toList());
        if (!noted.isEmpty()) {
            sb.append("\n\\* Severity lowered because the source is not confirmed:\n\n");
            for (RuleDescriptor d : noted) {
                sb.append("- `").append(d.id()).append("`: ").append(d.severityNote(Language.EN).orElseThrow())
                        .append(" / ").append(d.severityNote(Language.RU).orElseThrow()).append('\n');
            }
        }
        List<RuleDescriptor> open = rules.stream().filter(d -> d.toVerify(Language.EN).isPresent())
                .collect(Collectors.toList());
        if (!open.isEmpty()) {
            sb.append("\n## What would confirm each unconfirmed source (raise it to [V])\n\n");
            for (RuleDescriptor d : open) {
                sb.append("- `").append(d.id()).append("` [").append(d.reliability().tag()).append("]: ")
                        .append(d.toVerify(Language.EN).orElseThrow()).append(" / ")
                        .append(d.toVerify(Language.RU).orElseThrow()).append('\n');
            }
        }
        sb.append("\n## Parameters\n\n");
        sb.append("| key | federal default | allowed | meaning (RU) | meaning (EN) |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Parameter<?> p : parameters) {
            sb.append("| `").append(p.key()).append("` | ").append(cell(p.defaultText())).append(" | ")
                    .append(cell(p.allowed())).append(" | ").append(cell(p.meaning(Language.RU))).append(" | ")
                    .append(cell(p.meaning(Language.EN))).append(" |\n");
        }
        return sb.toString();
    }

    private static String inForce(RuleDescriptor d) {
        String from = d.inForceFrom().equals(java.time.LocalDate.MIN) ? "" : "from " + d.inForceFrom();
        return from + d.inForceUntil().map(u -> (from.isEmpty() ? "" : " ") + "until " + u).orElse("");
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
