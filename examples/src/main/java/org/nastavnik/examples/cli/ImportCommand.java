package org.nastavnik.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.Activity;
import org.nastavnik.common.Language;
import org.nastavnik.model.PeriodBasis;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Territory;
import org.nastavnik.roadmap.DocumentFinding;
import org.nastavnik.roadmap.ImportException;
import org.nastavnik.roadmap.ImportResult;
import org.nastavnik.roadmap.ReadOptions;
import org.nastavnik.roadmap.RoadmapReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

/** {@code import <document>}: a roadmap document (.docx, PDF or text) read into the model, with document findings. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read an order with its roadmap table (.docx, PDF or text) into the model; print it with the document findings.")
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    NastavnikCommand parent;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "<document>", description = "The document: .docx, PDF with a text layer, or UTF-8 text.")
    Path file;

    @Option(names = "--id", paramLabel = "<id>", description = "The id to give the roadmap (default: the file name).")
    String id;

    @Option(names = "--region", paramLabel = "<code>",
            description = "The official region code, such as 31 (default: read from the document; unknown if it names none).")
    String region;

    @Option(names = "--municipality", paramLabel = "<name>", description = "The municipality, such as \"город Белгород\".")
    String municipality;

    @Option(names = Periods.OPTION, paramLabel = "<from>..<to>",
            description = "The roadmap's period when the document does not state it or states it ambiguously, "
                    + "both ends inclusive, such as 2021-09-01..2022-08-31 (default: read or inferred from the document).")
    String period;

    @Override
    public Integer call() {
        ImportResult result = read();
        String out = switch (common.format) {
            case json -> json(result);
            case text -> text(result, common.language);
            default -> throw new UserError("import: format " + common.format + " is not supported; use text or json");
        };
        common.write(out, parent.out);
        return Cli.OK;
    }

    private ImportResult read() {
        var territory = Territory.builder();
        if (region != null) {
            try {
                territory.region(RegionCode.of(region.strip()));
            } catch (IllegalArgumentException e) {
                throw new UserError("--region " + Text.quote(region) + ": " + e.getMessage());
            }
        }
        if (municipality != null) {
            territory.municipality(municipality);
        }
        var options = ReadOptions.builder().territory(territory.build());
        if (period != null) {
            options.period(Periods.parse(period));
        }
        Inputs.requireReadable(file);
        String roadmapId = id != null ? id : file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        try {
            return RoadmapReader.read(file, options.roadmapId(roadmapId).build());
        } catch (ImportException e) {
            throw new UserError(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError("--id \"" + roadmapId + "\": " + e.getMessage());
        }
    }

    private static String json(ImportResult result) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        try {
            root.set("roadmap", Json.MAPPER.readTree(JsonDocument.ROADMAP.write(result.roadmap())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ArrayNode findings = root.putArray("findings");
        for (DocumentFinding f : result.findings()) {
            ObjectNode n = findings.addObject();
            n.put("code", f.code().name());
            n.put("level", f.level().name());
            n.put("line", f.line());
            f.row().ifPresent(r -> n.put("row", r));
            n.put("ru", f.russian());
            n.put("en", f.english());
            n.put("snippet", f.snippet());
        }
        return Json.write(root);
    }

    private static String text(ImportResult result, Language lang) {
        boolean ru = lang == Language.RU;
        Roadmap r = result.roadmap();
        StringBuilder sb = new StringBuilder();
        sb.append(r.title()).append(System.lineSeparator());
        r.approval().number().ifPresent(n -> sb.append(ru ? "Приказ № " : "Order No. ").append(n));
        r.approval().date().ifPresent(d -> sb.append(ru ? " от " : " of ").append(Dates.format(d, lang)));
        sb.append(System.lineSeparator());
        r.period().ifPresent(p -> sb.append(ru ? "Период: " : "Period: ").append(Dates.format(p.startInclusive(), lang))
                .append(" – ").append(Dates.format(p.endInclusive(), lang))
                .append(r.periodBasis().filter(b -> b == PeriodBasis.GIVEN).isPresent()
                        ? (ru ? " (задан при импорте)" : " (given at import)") : "")
                .append(System.lineSeparator()));
        sb.append(ru ? "Мероприятий: " : "Activities: ").append(r.activities().size()).append(System.lineSeparator());
        sb.append(System.lineSeparator());
        for (Activity a : r.activities()) {
            sb.append(String.format("%-10s %s%n", a.number(), Text.shorten(a.title(), 90)));
            sb.append(String.format("%-10s %s: %s%n", "", ru ? "срок" : "deadline", a.deadline().toPhrase(lang)));
        }
        if (!result.findings().isEmpty()) {
            sb.append(System.lineSeparator()).append(ru ? "Замечания к документу:" : "Document findings:")
                    .append(System.lineSeparator());
            for (DocumentFinding f : result.findings()) {
                sb.append(String.format("  [%s] %s, %s %d: %s%n", f.level(), f.code(), ru ? "строка" : "line", f.line(),
                        ru ? f.russian() : f.english()));
            }
        }
        return sb.toString();
    }
}
