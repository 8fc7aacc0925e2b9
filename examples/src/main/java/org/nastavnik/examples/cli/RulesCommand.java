package org.nastavnik.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.nastavnik.report.TextReport;
import org.nastavnik.common.Language;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.spi.Parameter;
import org.nastavnik.rules.RuleDescriptor;
import org.nastavnik.rules.Waiver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rules}: the rule catalogue of the federal rules or a region's profile. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
        description = "List the rules a check applies: id, severity, reliability of the source, what the rule "
                + "requires, the source document and clause, and the parameters with their values.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the catalogue was printed.", "2:bad usage or an unknown region.", "3:the program failed."})
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    NastavnikCommand parent;

    @Option(names = "--region", paramLabel = "<code>",
            description = "The official region code whose profile applies, such as 31 (default: the federal rules).")
    String region;

    @Option(names = "--as-of", paramLabel = "<date>",
            description = "List only the rules in force on this day (yyyy-MM-dd or dd.MM.yyyy), those a check as of "
                    + "it applies (default: every rule, whenever in force).")
    String asOf;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        ComplianceEngine engine = Engines.forRegion(region);
        LocalDate day = asOf == null ? null : Dates.parseOption("--as-of", asOf);
        String out = switch (common.format) {
            case text -> text(engine, day, common.language);
            case json -> json(engine, day);
            default -> throw new UserError("rules: format " + common.format + " is not supported; use text or json");
        };
        common.write(out, parent.out);
        return Cli.OK;
    }

    private static String text(ComplianceEngine engine, LocalDate day, Language lang) {
        boolean ru = lang == Language.RU;
        int width = TextReport.DEFAULT_WIDTH;
        StringBuilder sb = new StringBuilder();
        List<RuleDescriptor> rules = day == null ? engine.rules() : engine.rulesInForce(day);
        sb.append(ru ? "Правила: " : "Rules: ").append(engine.ruleSetVersion()).append(", ").append(rules.size())
                .append('\n');
        if (day != null) {
            sb.append(ru ? "В силе на " : "In force on ").append(date(day, lang)).append('\n');
        }
        for (Waiver w : engine.waivers()) {
            sb.append(ru ? "Отключено: " : "Waived: ").append(w.ruleId()).append(": ").append(w.reason()).append('\n');
        }
        for (RuleDescriptor r : rules) {
            sb.append('\n').append(r.id()).append("  ").append(r.severity()).append("  [").append(r.reliability().tag())
                    .append("]  ").append(r.packId()).append('\n');
            wrapped(sb, r.description(lang), width);
            wrapped(sb, (ru ? "Источник: " : "Source: ") + r.source(), width);
            wrapped(sb, inForce(r, lang), width);
            r.severityNote(lang).ifPresent(n -> wrapped(sb, (ru ? "Почему не нарушение: " : "Why not a violation: ") + n,
                    width));
            r.toVerify(lang).ifPresent(n -> wrapped(sb, (ru ? "Что подтвердит источник: " : "What would confirm the source: ")
                    + n, width));
            for (Parameter<?> p : r.parameters()) {
                wrapped(sb, (ru ? "Параметр " : "Parameter ") + p.key() + " = " + engine.parameters().text(p.key())
                        + " (" + p.meaning(lang) + ")", width);
            }
        }
        return sb.toString();
    }

    /** @return «В силе с 01.03.2025» or «In force from 2025-03-01», with the last day if the rule ends */
    static String inForce(RuleDescriptor r, Language lang) {
        boolean ru = lang == Language.RU;
        String from = r.inForceFrom().equals(LocalDate.MIN) ? "" : (ru ? " с " : " from ") + date(r.inForceFrom(), lang);
        String until = r.inForceUntil().map(u -> (ru ? " по " : " until ") + date(u, lang)).orElse("");
        return (ru ? "В силе" : "In force") + from + until;
    }

    private static String date(LocalDate day, Language lang) {
        return lang == Language.RU ? day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) : day.toString();
    }

    private static void wrapped(StringBuilder sb, String text, int width) {
        for (String line : wrap(text, width - 4)) {
            sb.append("    ").append(line).append('\n');
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String json(ComplianceEngine engine, LocalDate day) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("ruleSetVersion", engine.ruleSetVersion());
        if (day != null) {
            root.put("asOf", day.toString());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleDescriptor r : day == null ? engine.rules() : engine.rulesInForce(day)) {
            ObjectNode n = rules.addObject();
            n.put("id", r.id());
            n.put("pack", r.packId());
            n.put("severity", r.severity().name());
            n.put("reliability", r.reliability().tag());
            n.putObject("description").put("ru", r.description(Language.RU)).put("en", r.description(Language.EN));
            n.putObject("source").put("document", r.source().document()).put("clause", r.source().clause());
            if (!r.inForceFrom().equals(LocalDate.MIN)) {
                n.put("inForceFrom", r.inForceFrom().toString());
            }
            r.inForceUntil().ifPresent(u -> n.put("inForceUntil", u.toString()));
            if (r.severityNote(Language.RU).isPresent() || r.severityNote(Language.EN).isPresent()) {
                ObjectNode note = n.putObject("severityNote");
                r.severityNote(Language.RU).ifPresent(s -> note.put("ru", s));
                r.severityNote(Language.EN).ifPresent(s -> note.put("en", s));
            }
            if (r.toVerify(Language.RU).isPresent()) {
                n.putObject("toVerify").put("ru", r.toVerify(Language.RU).get()).put("en", r.toVerify(Language.EN).orElse(""));
            }
            ArrayNode params = n.putArray("parameters");
            for (Parameter<?> p : r.parameters()) {
                ObjectNode pn = params.addObject();
                pn.put("name", p.key());
                pn.put("value", engine.parameters().text(p.key()));
                pn.put("default", p.defaultText());
                pn.put("allowed", p.allowed());
                pn.putObject("meaning").put("ru", p.meaning(Language.RU)).put("en", p.meaning(Language.EN));
            }
        }
        ArrayNode waivers = root.putArray("waivers");
        engine.waivers().forEach(w -> waivers.addObject().put("ruleId", w.ruleId()).put("reason", w.reason()));
        return Json.write(root);
    }
}
