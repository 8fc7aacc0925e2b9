package org.nastavnik.examples.readme;

// tag::file[]
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.nastavnik.common.Language;
import org.nastavnik.json.NastavnikModule;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceReport;

/** Reads a snapshot with the application's own ObjectMapper and checks it with the federal rules. */
public final class ComplianceCheck {
    private static final ComplianceEngine ENGINE = ComplianceEngine.federal();   // built once, shared by threads

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new NastavnikModule());

    public ComplianceReport check(Path snapshotJson, LocalDate asOf) throws IOException {
        Snapshot snapshot = mapper.readValue(snapshotJson.toFile(), Snapshot.class); // ValidationException: every problem
        return ENGINE.check(snapshot, asOf);
    }

    public static void main(String[] args) throws IOException {
        ComplianceReport report = new ComplianceCheck().check(Path.of(args[0]), LocalDate.parse(args[1]));
        report.findings().forEach(f -> System.out.println(f.severity() + " " + f.message(Language.RU)));
    }
}
// end::file[]
