package org.nastavnik.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
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

    @Mixin
    RuleOptions rules;

    @Option(names = "--as-of", paramLabel = "<date>",
            description = "List only the rules in force on this day (yyyy-MM-dd or dd.MM.yyyy), those a check as of "
                    + "it applies (default: every rule, whenever in force).")
    String asOf;

    @Mixin
    CommonOptions common;

    @Option(names = "--profile-sheet", paramLabel = "<file>",
            description = "Also write the profile (the federal defaults, or what --profile makes) as a spreadsheet to "
                    + "edit and read back with --profile: .xlsx or .csv (sheet «Параметры»).")
    Path sheet;

    @Override
    public Integer call() {
        ComplianceEngine engine = rules.engine(null);
        LocalDate day = asOf == null ? null : Dates.parseOption("--as-of", asOf);
        if (sheet != null) {
            writeSheet(rules.select());
        }
        String out = switch (common.format) {
            case text -> text(engine, day, common.language);
            case json -> json(engine, day);
            default -> throw new UserError("rules: format " + common.format + " is not supported; use text or json");
        };
        common.write(out, parent.out);
        return Cli.OK;
    }

    private void writeSheet(Engines.Selection selection) {
        org.nastavnik.rules.Profile profile = selection.profile() == null ? org.nastavnik.rules.Profile.federal()
                : selection.profile();
        if (!ProfileSheet.isSheet(sheet)) {
            throw new UserError("--profile-sheet " + sheet + ": name an .xlsx or .csv file");
        }
        try {
            Path dir = sheet.toAbsolutePath().getParent();
            if (dir != null) {
                java.nio.file.Files.createDirectories(dir);
            }
            if (sheet.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                java.nio.file.Files.writeString(sheet, ProfileSheet.csv(profile), java.nio.charset.StandardCharsets.UTF_8);
            } else {
                java.nio.file.Files.write(sheet, ProfileSheet.xlsx(profile));
            }
        } catch (java.io.IOException e) {
            throw new UserError(sheet + ": cannot write: " + e.getMessage(), e);
        }
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
        sb.append('\n').append(ru ? "Параметры:" : "Parameters:").append('\n');
        for (Parameter<?> p : engine.parameters().declared()) {
            String value = engine.parameters().text(p.key());
            sb.append("  ").append(p.key()).append(" = ").append(value)
                    .append(value.equals(p.defaultText()) ? "" : (ru ? " (по умолчанию " : " (default ") + p.defaultText() + ")")
                    .append('\n');
            wrapped(sb, (ru ? "Тип: " : "Type: ") + typeName(p, lang) + "; " + (ru ? "допустимо: " : "allowed: ")
                    + p.allowed(), width);
            wrapped(sb, p.meaning(lang), width);
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

    /** @return the type of a parameter in words */
    static String typeName(Parameter<?> p, Language lang) {
        boolean ru = lang == Language.RU;
        if (p.type() == Integer.class) {
            return ru ? "целое число" : "whole number";
        }
        if (p.type() == java.util.OptionalInt.class) {
            return ru ? "целое число или none (правило не применяется)" : "whole number or none (rule off)";
        }
        if (p.type() == java.time.MonthDay.class) {
            return ru ? "день года (--ММ-ДД)" : "day of the year (--MM-DD)";
        }
        return p.type().getSimpleName();
    }

    /** @return the type of a parameter as JSON writes it */
    static String typeCode(Parameter<?> p) {
        if (p.type() == Integer.class) {
            return "int";
        }
        if (p.type() == java.util.OptionalInt.class) {
            return "optional-int";
        }
        return p.type() == java.time.MonthDay.class ? "month-day" : p.type().getSimpleName();
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
        ArrayNode declared = root.putArray("parameters");
        for (Parameter<?> p : engine.parameters().declared()) {
            ObjectNode pn = declared.addObject();
            pn.put("key", p.key());
            pn.put("type", typeCode(p));
            pn.put("value", engine.parameters().text(p.key()));
            pn.put("default", p.defaultText());
            pn.put("allowed", p.allowed());
            pn.put("weakerWhen", p.weakerWhen().name());
            pn.putObject("meaning").put("ru", p.meaning(Language.RU)).put("en", p.meaning(Language.EN));
        }
        ArrayNode waivers = root.putArray("waivers");
        engine.waivers().forEach(w -> waivers.addObject().put("ruleId", w.ruleId()).put("reason", w.reason()));
        return Json.write(root);
    }
}
