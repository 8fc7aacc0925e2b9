package org.nastavnik.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.nastavnik.examples.demo.SampleMunicipality;
import org.nastavnik.examples.demo.Seed;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.DocumentRef;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.Territory;

/** Snapshots and files the command-line tests read. */
final class Fixtures {
    private Fixtures() {
    }

    /** The demo's sample municipality around the imported Tashtagol roadmap. */
    static Snapshot sample() {
        return SampleMunicipality.snapshot(Seed.TASHTAGOL.read().roadmap());
    }

    /** The sample with a curator for school s2: no CURATOR_MISSING for it. */
    static Snapshot sampleWithCuratorForS2() {
        Snapshot s = sample();
        return Snapshot.builder().from(s).addCuratorAppointments(CuratorAppointment.builder().personId("s2-t-1")
                .organizationId("s2").order(DocumentRef.order("12", LocalDate.of(2021, 5, 20)))
                .appointedOn(LocalDate.of(2021, 5, 20)).build()).build();
    }

    /** A snapshot with nothing in it but its territory: nothing to find. */
    static Snapshot empty() {
        return Snapshot.builder().asOf(SampleMunicipality.AS_OF).territory(Territory.municipality("42", "Таштагол"))
                .build();
    }

    static Path write(Path dir, String name, String content) {
        try {
            Path file = dir.resolve(name);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed's text written as a .docx ({@link org.nastavnik.bench.fixtures.SeedDocuments}). */
    static Path docx(Path dir, String name, String text) {
        try {
            return Files.write(dir.resolve(name), org.nastavnik.bench.fixtures.SeedDocuments.docx(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, Snapshot snapshot) {
        return write(dir, name, JsonDocument.SNAPSHOT.write(snapshot));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
