package org.nastavnik.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.model.Problem;
import org.nastavnik.model.Snapshot;
import org.nastavnik.model.ValidationException;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.json.ReportJson;

/** Reads the files the commands take, turning every problem into a one-line {@link UserError}. */
final class Inputs {
    /** How many problems a one-line error lists before it says how many more there are. */
    static final int MAX_PROBLEMS_LISTED = 5;
    /** How long one problem may be in a one-line error before it is cut. */
    static final int MAX_PROBLEM_LENGTH = 160;

    private Inputs() {
    }

    /** Reads a snapshot: {@code file: 3 problems: path (value): reason; …}. */
    static Snapshot snapshot(Path file) {
        requireReadable(file);
        try {
            return JsonDocument.SNAPSHOT.read(file);
        } catch (ValidationException e) {
            List<Problem> problems = e.problems();
            // a report read as a snapshot: its own fields are unknown here (their values are withheld)
            if (problems.stream().anyMatch(p -> p.path().equals("format"))
                    && problems.stream().anyMatch(p -> p.path().equals("ruleSetVersion"))) {
                throw new UserError(file + ": format (" + ReportJson.FORMAT + "): this is a report, not a snapshot; "
                        + "compare reports with diff", e);
            }
            if (problems.size() == 1 && problems.get(0).value().startsWith("line ")) {
                Problem p = problems.get(0);
                throw new UserError(file + ": " + p.value() + ": " + p.reason(), e);
            }
            throw new UserError(file + ": " + problems(problems), e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a report written by {@code check --format json} or {@code demo --format json}. */
    static ComplianceReport report(Path file) {
        String text = text(file);
        try {
            Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            throw new UserError(file + ": " + where + "malformed JSON: " + message, e);
        }
        try {
            return ReportJson.read(text);
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UserError(file + ": not a Nastavnik report (" + ReportJson.FORMAT + "): "
                    + message.replaceAll("\\s*\\R\\s*", "; "), e);
        }
    }

    static String problems(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem: " : " problems: ");
        for (int i = 0; i < Math.min(problems.size(), MAX_PROBLEMS_LISTED); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            String p = problems.get(i).toString().replaceAll("\\s*\\R\\s*", " ");
            sb.append(p.length() <= MAX_PROBLEM_LENGTH ? p : p.substring(0, MAX_PROBLEM_LENGTH - 1) + "…");
        }
        if (problems.size() > MAX_PROBLEMS_LISTED) {
            sb.append("; … and ").append(problems.size() - MAX_PROBLEMS_LISTED).append(" more");
        }
        return sb.toString();
    }

    private static String text(Path file) {
        requireReadable(file);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserError(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UserError(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    static void requireReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new UserError(file + ": is a directory, not a file");
        }
        if (!Files.exists(file)) {
            throw new UserError(file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new UserError(file + ": cannot read: permission denied");
        }
    }
}
