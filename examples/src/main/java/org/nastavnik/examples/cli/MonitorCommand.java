package org.nastavnik.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.Organization;
import org.nastavnik.model.Snapshot;
import org.nastavnik.monitoring.Checklist;
import org.nastavnik.monitoring.Indicators;
import org.nastavnik.monitoring.Measure;
import org.nastavnik.monitoring.Monitoring;
import org.nastavnik.monitoring.MonitoringProfile;
import org.nastavnik.monitoring.MonitoringResult;
import org.nastavnik.monitoring.Share;
import org.nastavnik.monitoring.report.FindingCounts;
import org.nastavnik.monitoring.report.MonitoringHtml;
import org.nastavnik.monitoring.report.MonitoringXlsx;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code monitor <snapshot.json> --as-of <date>}: the monitoring indicators, checklist and analytic notes. */
@Command(name = "monitor", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Monitor a snapshot as of a date: indicators per organization, municipality and region, "
                + "the monitoring checklist and the analytic notes.",
            "html: a printable page with the notes and tables; xlsx: a workbook (needs --output); json: the numbers."})
final class MonitorCommand implements Callable<Integer> {

    /** The output formats of monitor. */
    enum Format {
        html, xlsx, json
    }

    @ParentCommand
    NastavnikCommand parent;

    @Parameters(index = "0", paramLabel = "<snapshot.json>", description = "The snapshot, as JsonDocument.SNAPSHOT writes it (UTF-8).")
    Path file;

    @Option(names = "--as-of", required = true, paramLabel = "<date>",
            description = "The monitoring date, such as 2024-05-15 (or 15.05.2024).")
    String asOf;

    @Mixin
    RuleOptions rules;

    @Option(names = "--monitoring-profile", paramLabel = "<file>",
            description = "A monitoring profile (properties: targets by year, checklist items; default: federal).")
    Path profile;

    @Option(names = "--format", paramLabel = "<format>", defaultValue = "html",
            description = "html, xlsx or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--output", paramLabel = "<file>", description = "Write to this file instead of standard output.")
    Path output;

    @Option(names = "--debug", description = "Print a stack trace on errors.")
    boolean debug;

    @Override
    public Integer call() throws IOException {
        LocalDate date = Dates.parseOption("--as-of", asOf);
        if (format == Format.xlsx && output == null) {
            throw new UserError("--format xlsx: a workbook is binary; name the file with --output");
        }
        MonitoringProfile p = MonitoringProfile.federal();
        if (profile != null) {
            if (!Files.isReadable(profile)) {
                throw new UserError("--monitoring-profile " + profile + ": no such readable file");
            }
            try {
                p = MonitoringProfile.read(profile);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage().replaceAll("\\s*\\R\\s*", "; "), e);
            }
        }
        Snapshot snapshot = Inputs.snapshot(file);
        ComplianceEngine engine = rules.engine(snapshot);
        Monitoring monitoring = Monitoring.of(p);
        MonitoringResult result = monitoring.measure(snapshot, date);
        byte[] bytes;
        if (format == Format.json) {
            bytes = (Json.write(json(result)) + "\n").getBytes(StandardCharsets.UTF_8);
        } else {
            Checklist checklist = Checklist.fill(snapshot, result);
            if (format == Format.xlsx) {
                bytes = MonitoringXlsx.workbook(checklist);
            } else {
                ComplianceReport report = monitoring.check(engine, snapshot, date);
                Map<String, Organization> orgs = new HashMap<>();
                snapshot.organizations().forEach(o -> orgs.put(o.id(), o));
                FindingCounts counts = new FindingCounts(orgs, engine.rules());
                report.findings().forEach(counts::add);
                bytes = MonitoringHtml.page(checklist, counts).getBytes(StandardCharsets.UTF_8);
            }
        }
        if (output == null) {
            parent.out.write(bytes);
            parent.out.flush();
        } else {
            try {
                Path dir = output.toAbsolutePath().getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                Files.write(output, bytes);
            } catch (IOException e) {
                throw new UserError(output + ": cannot write: " + e.getMessage(), e);
            }
        }
        return Cli.OK;
    }

    private static ObjectNode json(MonitoringResult r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("asOf", r.asOf().toString());
        root.set("territory", row(r.territory()));
        for (var e : Map.of("regions", r.regions(), "municipalities", r.municipalities(), "organizations",
                r.organizations()).entrySet()) {
            ArrayNode a = root.putArray(e.getKey());
            e.getValue().forEach(i -> a.add(row(i)));
        }
        return root;
    }

    private static ObjectNode row(Indicators i) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("level", i.scope().level().name());
        n.put("key", i.scope().key());
        n.put("name", i.scope().name());
        n.put("organizations", i.organizations());
        for (Measure m : Measure.values()) {
            n.put(m.name(), i.count(m));
        }
        for (IndicatorKind k : List.copyOf(Indicators.sharesComputed())) {
            Share s = i.share(k);
            ObjectNode sn = n.putObject(k.name());
            sn.put("involved", s.involved());
            sn.put("total", s.total());
            s.percent().ifPresent(v -> sn.put("percent", v));
            sn.put("organizationsWithoutHeadcount", s.organizationsUnmeasured());
        }
        return n;
    }
}
