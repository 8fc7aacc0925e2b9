package org.nastavnik.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.nastavnik.examples.demo.SampleMunicipality;
import org.nastavnik.examples.demo.Seed;
import org.nastavnik.report.DocumentSummary;
import org.nastavnik.report.ReportContext;
import org.nastavnik.model.Roadmap;
import org.nastavnik.model.Snapshot;
import org.nastavnik.roadmap.ImportResult;
import org.nastavnik.rules.CheckOptions;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code demo}: the five bundled roadmaps imported, a sample municipality checked, the report printed. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import the five bundled real roadmaps, build a sample municipality (Tashtagol district, "
                + "Kemerovo region) around one of them with deliberate problems, check it as of "
                + "01.06.2022 with a 14-day horizon and print the report.",
            "In text, the document findings of the five imports come first. JSON is the report alone, "
                + "as check writes it, so that diff can compare it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the demo ran (its findings are planted on purpose and do not fail it).",
            "2:bad usage.",
            "3:the program failed: out of memory or an internal error."})
final class DemoCommand implements Callable<Integer> {
    /** The horizon of the demo's check, in days. */
    static final int HORIZON_DAYS = 14;

    @ParentCommand
    NastavnikCommand parent;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        List<DocumentSummary> documents = new ArrayList<>();
        Roadmap tashtagol = null;
        for (Seed seed : Seed.values()) {
            ImportResult result = seed.read();
            documents.add(new DocumentSummary(seed.roadmapId(), seed.territory(), result.roadmap().activities().size(),
                    result.findings()));
            if (seed == Seed.TASHTAGOL) {
                tashtagol = result.roadmap();
            }
        }
        Snapshot snapshot = SampleMunicipality.snapshot(tashtagol);
        ComplianceReport report = ComplianceEngine.federal().check(snapshot, SampleMunicipality.AS_OF,
                CheckOptions.defaults().withHorizonDays(HORIZON_DAYS));
        ReportContext context = ReportContext.of(report, snapshot).withDocuments(documents);
        common.write(Render.report(context, common.format, common.language), parent.out);
        return Cli.OK;
    }
}
