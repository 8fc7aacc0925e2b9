package org.nastavnik.rules.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.nastavnik.common.Language;
import org.nastavnik.json.JsonDocument;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SourceRef;
import org.nastavnik.rules.SubjectRef;
import org.nastavnik.rules.SubjectType;
import org.nastavnik.rules.Waiver;

/**
 * Writes a {@link ComplianceReport} as JSON and reads it back. The output is deterministic:
 * the same report gives the same bytes (UTF-8, laid out as every Nastavnik document is by
 * {@link JsonDocument#text JsonDocument.text}: two-space indent, {@code \n} line ends; fields
 * in a fixed order, findings in report order), so reports can be stored and compared as files.
 *
 * <p>The format is versioned by its {@code "format"} field, currently
 * {@value #FORMAT}. The explanation of a check is not written.
 */
public final class ReportJson {

    /** The value of the {@code "format"} field this class writes and reads. */
    public static final String FORMAT = "nastavnik-report/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJson() {
    }

    /**
     * @param report  the report, not null
     * @return the report as JSON text ending with a line feed
     */
    public static String write(ComplianceReport report) {
        return JsonDocument.text(toTree(report));
    }

    /**
     * @param report  the report, not null
     * @return the report as JSON in UTF-8
     */
    public static byte[] writeBytes(ComplianceReport report) {
        return write(report).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a report written by {@link #write(ComplianceReport)}.
     *
     * @param json  the JSON text, not null
     * @return the report, equal to the one written
     * @throws IllegalArgumentException if the text is not JSON, its format is not
     *     {@value #FORMAT}, or a field is missing or has an unknown value; the message names
     *     the field
     */
    public static ComplianceReport read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("report JSON is unreadable: " + e.getOriginalMessage(), e);
        }
        String format = text(root, "format");
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("report JSON has format (" + format + "); expected " + FORMAT);
        }
        ComplianceReport.Builder b = ComplianceReport.builder()
                .asOf(LocalDate.parse(text(root, "asOf")))
                .ruleSetVersion(text(root, "ruleSetVersion"))
                .horizonDays(root.path("horizonDays").asInt());
        java.util.List<String> ids = new java.util.ArrayList<>();
        root.path("rulesEvaluated").forEach(n -> ids.add(n.asText()));
        b.rulesEvaluated(ids);
        root.path("waivers").forEach(w -> b.waiver(w.hasNonNull("parameter")
                ? Waiver.relaxation(text(w, "ruleId"), w.get("parameter").asText(), text(w, "reason"))
                : Waiver.of(text(w, "ruleId"), text(w, "reason"))));
        int i = 0;
        for (JsonNode f : root.path("findings")) {
            b.finding(readFinding(f, "findings[" + i++ + "]"));
        }
        return b.build();
    }

    private static Finding readFinding(JsonNode f, String path) {
        try {
            Finding.Builder fb = Finding.builder()
                    .ruleId(text(f, "ruleId"))
                    .severity(Severity.valueOf(text(f, "severity")))
                    .kind(FindingKind.valueOf(text(f, "kind")));
            for (JsonNode s : f.path("subjects")) {
                fb.subject(SubjectRef.of(SubjectType.valueOf(text(s, "type")), text(s, "id")));
            }
            for (Map.Entry<String, JsonNode> e : f.path("evidence").properties()) {
                fb.evidence(e.getKey(), e.getValue().asText());
            }
            f.path("keyEvidence").forEach(n -> fb.keyEvidence(n.asText()));
            if (f.hasNonNull("dueDate")) {
                fb.dueDate(LocalDate.parse(f.get("dueDate").asText()));
            }
            fb.source(SourceRef.of(text(f.path("source"), "document"), text(f.path("source"), "clause")));
            for (Language l : Language.values()) {
                String tag = l.name().toLowerCase(Locale.ROOT);
                fb.message(l, text(f.path("message"), tag));
                fb.explanation(l, text(f.path("explanation"), tag));
            }
            return fb.build();
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("report JSON " + path + " is invalid: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("report JSON lacks the field (" + field + ")");
        }
        return v.asText();
    }

    private static ObjectNode toTree(ComplianceReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("asOf", r.asOf().toString());
        root.put("ruleSetVersion", r.ruleSetVersion());
        root.put("horizonDays", r.horizonDays());
        ArrayNode rules = root.putArray("rulesEvaluated");
        r.rulesEvaluated().forEach(rules::add);
        ArrayNode waivers = root.putArray("waivers");
        r.waivers().forEach(w -> {
            ObjectNode n = waivers.addObject().put("ruleId", w.ruleId()).put("reason", w.reason());
            w.parameter().ifPresent(p -> n.put("parameter", p));
        });
        ObjectNode bySeverity = root.putObject("countsBySeverity");
        r.countsBySeverity().forEach((s, n) -> bySeverity.put(s.name(), n));
        ObjectNode byRule = root.putObject("countsByRule");
        r.countsByRule().forEach(byRule::put);
        ArrayNode findings = root.putArray("findings");
        r.allFindings().forEach(f -> findings.add(toTree(f)));
        return root;
    }

    private static ObjectNode toTree(Finding f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("key", f.key());
        n.put("ruleId", f.ruleId());
        n.put("severity", f.severity().name());
        n.put("kind", f.kind().name());
        ArrayNode subjects = n.putArray("subjects");
        f.subjects().forEach(s -> subjects.addObject().put("type", s.type().name()).put("id", s.id()));
        ObjectNode evidence = n.putObject("evidence");
        f.evidence().forEach(evidence::put);
        ArrayNode keyEvidence = n.putArray("keyEvidence");
        f.keyEvidence().forEach(keyEvidence::add);
        f.dueDate().ifPresent(d -> n.put("dueDate", d.toString()));
        n.putObject("source").put("document", f.source().document()).put("clause", f.source().clause());
        ObjectNode message = n.putObject("message");
        ObjectNode explanation = n.putObject("explanation");
        for (Language l : Language.values()) {
            String tag = l.name().toLowerCase(Locale.ROOT);
            message.put(tag, f.message(l));
            explanation.put(tag, f.explanation(l));
        }
        return n;
    }
}
