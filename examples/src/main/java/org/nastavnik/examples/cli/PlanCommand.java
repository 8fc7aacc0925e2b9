package org.nastavnik.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.nastavnik.common.Language;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.RuleDescriptor;
import org.nastavnik.rules.Waiver;
import org.nastavnik.rules.spi.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code plan --profile new.properties [--against old.properties] <snapshot.json> --as-of <date>}:
 * a preview of a profile change on real data: the findings it adds and removes (by stable key)
 * and the rules it weakens.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Preview a change of rules on a snapshot: check it with the new rules (--profile, --pack, --region)",
            "and with the old ones (--against, default: the federal rules), and list the findings the change adds and",
            "removes, by stable key, and the rules it weakens (parameters moved the weaker way, rules switched off)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the preview was printed.", "2:bad usage or bad input.", "3:the program failed."})
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    NastavnikCommand parent;

    @Parameters(index = "0", paramLabel = "<snapshot.json>", description = "The snapshot in its JSON form (UTF-8).")
    Path file;

    @Option(names = "--as-of", required = true, paramLabel = "<date>",
            description = "The day to check as of, such as 2022-06-01 (or 01.06.2022).")
    String asOf;

    @Option(names = "--against", paramLabel = "<file>",
            description = "The profile in force now (default: the federal rules); --pack jars serve both.")
    Path against;

    @Mixin
    RuleOptions rules;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        LocalDate date = Dates.parseOption("--as-of", asOf);
        if (common.format != CommonOptions.Format.text && common.format != CommonOptions.Format.json) {
            throw new UserError("plan: format " + common.format + " is not supported; use text or json");
        }
        if (rules.profile == null && rules.packs.isEmpty() && rules.region == null) {
            throw new UserError("plan: name the new rules with --profile <file> (or --pack <jar>, --region <code>)");
        }
        Snapshot snapshot = Inputs.snapshot(file);
        ComplianceEngine newer = rules.engine(snapshot);
        Engines.Selection old = against == null ? Engines.select(null, null, List.of())
                : Engines.select(null, against, rules.packs);
        if (against != null) {
            Engines.checkRegion(old, snapshot, rules.forceRegion);
        }
        ComplianceEngine older = old.engine();
        ComplianceReport before = older.check(snapshot, date);
        ComplianceReport after = newer.check(snapshot, date);
        Plan plan = Plan.of(older, before, newer, after);
        String label = against == null ? "the federal rules" : "--against " + against;
        common.write(common.format == CommonOptions.Format.json ? json(plan, label) : text(plan, label, common.language),
                parent.out);
        return Cli.OK;
    }

    /** What a change does: findings added and removed by key, rules weakened with how. */
    record Plan(String before, String after, List<Finding> added, List<Finding> removed,
            Map<String, List<String>> weakened, Map<String, String> severities, Map<String, List<String>> weakenedRu,
            Map<String, String> titlesRu) {

        static Plan of(ComplianceEngine older, ComplianceReport before, ComplianceEngine newer, ComplianceReport after) {
            Map<String, Finding> was = new TreeMap<>();
            before.allFindings().forEach(f -> was.put(f.key(), f));
            Map<String, Finding> is = new TreeMap<>();
            after.allFindings().forEach(f -> is.put(f.key(), f));
            List<Finding> added = is.values().stream().filter(f -> !was.containsKey(f.key())).sorted().toList();
            List<Finding> removed = was.values().stream().filter(f -> !is.containsKey(f.key())).sorted().toList();
            Map<String, List<String>> weakened = new TreeMap<>();
            Map<String, List<String>> weakenedRu = new TreeMap<>();
            Map<String, String> titlesRu = new TreeMap<>();
            Map<String, String> severities = new TreeMap<>();
            for (RuleDescriptor r : older.rules()) {
                severities.put(r.id(), r.severity().name());
                List<String> how = new ArrayList<>();
                List<String> ru = new ArrayList<>();
                if (newer.rule(r.id()).isEmpty()) {
                    how.add("removed");
                    ru.add("правило убрано");
                }
                for (Parameter<?> p : r.parameters()) {
                    if (newer.parameters().declared(p.key()).isPresent()
                            && newer.parameters().isWeakerThan(p.key(), older.parameters())) {
                        how.add("parameter " + p.key() + " " + older.parameters().text(p.key()) + " -> "
                                + newer.parameters().text(p.key()));
                        ru.add("«" + p.meaning(Language.RU) + "»: " + older.parameters().text(p.key()) + " → "
                                + newer.parameters().text(p.key()));
                    }
                }
                for (Waiver w : newer.waivers()) {
                    boolean had = older.waivers().stream().anyMatch(o -> o.equals(w));
                    if (w.ruleId().equals(r.id()) && !had) {
                        how.add((w.switchesOff() ? "switched off: " : "relaxed: ") + w.reason());
                        // a relaxation's reason starts with the key and the values (shown above in words)
                        int own = w.switchesOff() ? -1 : w.reason().indexOf("): ");
                        ru.add((w.switchesOff() ? "отключено: " : "ослаблено: ")
                                + (own < 0 ? w.reason() : w.reason().substring(own + 3)));
                    }
                }
                if (!how.isEmpty()) {
                    weakened.put(r.id(), how);
                    weakenedRu.put(r.id(), ru);
                    titlesRu.put(r.id(), r.description(Language.RU) + " (" + severityRu(r.severity()) + ")");
                }
            }
            return new Plan(older.ruleSetVersion(), newer.ruleSetVersion(), added, removed, weakened, severities,
                    weakenedRu, titlesRu);
        }

        private static String severityRu(org.nastavnik.rules.Severity s) {
            return switch (s) {
                case VIOLATION -> "нарушение";
                case WARNING -> "предупреждение";
                case NOTICE -> "замечание";
            };
        }
    }

    private static String text(Plan plan, String label, Language lang) {
        boolean ru = lang == Language.RU;
        StringBuilder sb = new StringBuilder();
        sb.append(ru ? "Предпросмотр изменения правил: " : "Preview of a change of rules: ").append(plan.after())
                .append(ru ? " вместо " : " instead of ").append(plan.before()).append(" (").append(label).append(")\n");
        section(sb, ru ? "Добавятся замечания" : "Findings added", "+ ", plan.added(), lang);
        section(sb, ru ? "Уйдут замечания" : "Findings removed", "- ", plan.removed(), lang);
        sb.append('\n').append(ru ? "Ослабленные правила" : "Rules weakened").append(" (").append(plan.weakened().size())
                .append(")\n");
        if (ru) { // no rule ids, severity names or parameter keys in Russian: the rule's description and the meaning
            plan.weakenedRu().forEach((id, how) -> sb.append("  ").append(plan.titlesRu().get(id)).append(": ")
                    .append(String.join("; ", how)).append('\n'));
        } else {
            plan.weakened().forEach((id, how) -> sb.append("  ").append(id).append(" (").append(plan.severities().get(id))
                    .append("): ").append(String.join("; ", how)).append('\n'));
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, String mark, List<Finding> findings, Language lang) {
        sb.append('\n').append(title).append(" (").append(findings.size()).append(")\n");
        for (Finding f : findings) {
            sb.append("  ").append(mark).append(f.message(lang)).append('\n').append("      ").append(f.key()).append('\n');
        }
    }

    private static String json(Plan plan, String label) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("before", plan.before());
        root.put("after", plan.after());
        root.put("against", label);
        findings(root.putArray("added"), plan.added());
        findings(root.putArray("removed"), plan.removed());
        ArrayNode weakened = root.putArray("weakened");
        plan.weakened().forEach((id, how) -> {
            ObjectNode n = weakened.addObject().put("ruleId", id).put("severity", plan.severities().get(id));
            how.forEach(n.putArray("how")::add);
        });
        return Json.write(root);
    }

    private static void findings(ArrayNode into, List<Finding> findings) {
        for (Finding f : findings) {
            into.addObject().put("key", f.key()).put("ruleId", f.ruleId()).put("severity", f.severity().name())
                    .put("message", f.message(Language.RU)).put("messageEn", f.message(Language.EN));
        }
    }
}
