package org.nastavnik.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.nastavnik.common.DisplayNames;
import org.nastavnik.common.Language;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.roadmap.DocumentFinding;
import org.nastavnik.roadmap.FindingCode;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;
import org.nastavnik.rules.SubjectNames;

/**
 * A report as one self-contained HTML page, from the Mustache template
 * {@code org/nastavnik/report/report.html.mustache} with its style sheet and script inlined
 * (nothing fetched from the network: a Content-Security-Policy forbids it) and every word from
 * the report's message bundles. It shows the counts of current findings by severity and the
 * upcoming ones apart, the findings one row per duty (most serious first; the rule's title, with
 * its id on hover; recurring duties with their dates to unfold) with filters by severity, kind,
 * organization and rule (plain JavaScript; the table is complete without it), a timeline of each
 * roadmap's activities, and the documents imported, if any. A print style sheet lays it out on
 * A4 pages.
 *
 * <p>Opened with the address fragment {@code #test-only=WARNING} (or another severity), the page
 * clicks the other severity filters off itself and writes what stays visible into
 * {@code body[data-test-result]} ({@code rows=2;counter=2;cases=5;severities=WARNING}), so that a
 * headless browser can check the filters without a driver.
 */
final class HtmlReport {

    private static final String BASE = "org/nastavnik/report/";
    private static final Mustache TEMPLATE = new DefaultMustacheFactory(BASE).compile("report.html.mustache");
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private HtmlReport() {
    }

    /**
     * @param context  the report, the snapshot (for names and the timeline) and documents, not null
     * @param language  the language of the page, not null
     * @return the page
     */
    static String render(ReportContext context, Language language) {
        StringWriter out = new StringWriter(64 * 1024);
        TEMPLATE.execute(out, view(context, language));
        return out.toString();
    }

    /** The values the template shows: plain maps, lists and strings. */
    static Map<String, Object> view(ReportContext context, Language language) {
        Labels l = new Labels(language);
        ComplianceReport r = context.report();
        Map<String, Object> v = new HashMap<>();
        Map<String, String> t = new HashMap<>();
        l.all().forEach((k, s) -> t.put(k.replace('.', '_'), s));
        v.put("t", t);
        v.put("lang", language.name().toLowerCase(Locale.ROOT));
        v.put("css", CSS);
        v.put("js", JS);

        List<Map<String, Object>> meta = new ArrayList<>();
        context.snapshot().ifPresent(s -> {
            v.put("territory", l.territory(s.territory()));
            meta.add(Map.of("label", l.text("territory"), "value", l.territory(s.territory())));
        });
        meta.add(Map.of("label", l.text("asOf"), "value", l.date(r.asOf())));
        if (r.horizonDays() > 0) {
            meta.add(Map.of("label", l.text("horizon"), "value", l.text("horizonDays", r.horizonDays())));
        }
        meta.add(Map.of("label", l.text("rules"), "value", l.text("rulesEvaluated", l.ruleSet(r.ruleSetVersion()),
                r.rulesEvaluated().size())));
        r.waivers().forEach(w -> meta.add(Map.of("label", l.text("waived"),
                "value", context.ruleTitle(w.ruleId(), language) + ": " + w.reason())));
        v.put("meta", meta);

        // counts: current findings by severity, upcoming apart; the same numbers on the cards and the chips
        Map<Severity, Integer> current = r.countsBySeverity();
        Map<Severity, Integer> upcoming = new HashMap<>();
        r.upcoming().forEach(f -> upcoming.merge(f.severity(), 1, Integer::sum));
        List<Map<String, Object>> cards = new ArrayList<>();
        List<Map<String, Object>> severities = new ArrayList<>();
        for (Severity s : Severity.values()) {
            cards.add(Map.of("severity", s.name(), "count", current.get(s), "label", l.text("currentCard." + s.name())));
            int up = upcoming.getOrDefault(s, 0);
            severities.add(Map.of("code", s.name(), "label", l.severity(s), "current", current.get(s),
                    "hasUpcoming", up > 0, "upcoming", l.text("chipUpcoming", up)));
        }
        v.put("cards", cards);
        v.put("severities", severities);
        v.put("upcomingCount", r.upcoming().size());
        v.put("upcomingLabel", l.text("upcomingCard", r.horizonDays()));
        v.put("kinds", List.of(
                Map.of("code", FindingKind.CURRENT.name(), "label", l.kind(FindingKind.CURRENT), "count", r.findings().size()),
                Map.of("code", FindingKind.UPCOMING.name(), "label", l.kind(FindingKind.UPCOMING), "count",
                        r.upcoming().size())));

        List<Duty> duties = new ArrayList<>(Duty.group(r.findings()));
        duties.addAll(Duty.group(r.upcoming()));
        v.put("countsNote", l.text("countsNote", duties.size()));
        Map<String, String> orgNames = context.organizationNames();
        Set<String> orgs = new LinkedHashSet<>();
        r.allFindings().stream().map(Finding::organizationId).sorted().forEach(orgs::add);
        List<Map<String, Object>> orgOptions = new ArrayList<>();
        for (String o : orgs) {
            orgOptions.add(Map.of("id", o, "label", o.isEmpty() ? l.text("noOrganizationShort")
                    : Wrap.shorten(orgNames.getOrDefault(o, o), 60)));
        }
        v.put("organizations", orgOptions);
        Map<String, String> rules = new TreeMap<>();
        r.allFindings().forEach(f -> rules.put(context.ruleTitle(f.ruleId(), language) + "\u0000" + f.ruleId(),
                f.ruleId()));
        List<Map<String, Object>> ruleOptions = new ArrayList<>();
        rules.forEach((k, id) -> ruleOptions.add(Map.of("id", id, "title", k.substring(0, k.indexOf('\u0000')))));
        v.put("ruleOptions", ruleOptions);

        SubjectNames names = context.subjectNames();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Duty d : duties) {
            rows.add(row(d, context, names, orgNames, l));
        }
        v.put("rows", rows);
        v.put("empty", rows.isEmpty());
        v.put("shownTemplate", l.all().get("html.shown"));
        v.put("shownText", l.text("html.shown", rows.size(), rows.size()));

        List<Timeline> timelines = context.snapshot().map(s -> Timeline.of(s, r.asOf())).orElse(List.of());
        v.put("hasTimelines", !timelines.isEmpty());
        List<Map<String, Object>> legend = new ArrayList<>();
        for (DeadlineStatus.State s : DeadlineStatus.State.values()) {
            legend.add(Map.of("state", s.name(), "text", DisplayNames.of(s, language)));
        }
        v.put("legend", legend);
        List<Map<String, Object>> lanes = new ArrayList<>();
        timelines.forEach(tl -> lanes.add(lane(tl, l)));
        v.put("timelines", lanes);

        v.put("hasDocuments", !context.documents().isEmpty());
        List<Map<String, Object>> docs = new ArrayList<>();
        for (DocumentSummary d : context.documents()) {
            Map<FindingCode, Integer> codes = new TreeMap<>();
            for (DocumentFinding f : d.findings()) {
                codes.merge(f.code(), 1, Integer::sum);
            }
            List<Map<String, Object>> cs = new ArrayList<>();
            // codes, counts and explanations only: a document finding may quote people's names from the document
            codes.forEach((c, n) -> cs.add(Map.of("code", c.name(), "name", DisplayNames.of(c, language),
                    "explanation", DisplayNames.explanation(c, language).orElse(""), "count", n, "many", n > 1)));
            docs.add(Map.of("territory", l.territory(d.territory()), "activities", d.activities(), "codes", cs));
        }
        v.put("documents", docs);
        v.put("footer", l.text(context.personNames() ? "html.footerNames" : "html.footer"));
        return v;
    }

    private static Map<String, Object> row(Duty d, ReportContext context, SubjectNames names,
            Map<String, String> orgNames, Labels l) {
        Language language = l.language();
        Finding f = d.shown();
        Map<String, Object> row = new HashMap<>();
        row.put("severity", f.severity().name());
        row.put("severityLabel", l.severity(f.severity()));
        row.put("kind", f.kind().name());
        row.put("kindLabel", l.kind(f.kind()));
        row.put("upcoming", f.kind() == FindingKind.UPCOMING);
        row.put("org", f.organizationId());
        row.put("orgName", f.organizationId().isEmpty() ? "—" : orgNames.getOrDefault(f.organizationId(),
                f.organizationId()));
        row.put("ruleId", f.ruleId());
        row.put("ruleTitle", context.ruleTitle(f.ruleId(), language));
        row.put("count", d.count());
        row.put("key", f.key());
        List<LocalDate> dates = d.dueDates();
        boolean single = dates.size() <= 1;
        row.put("single", single);
        row.put("due", f.dueDate().map(l::date).orElse(""));
        if (!single) {
            LocalDate first = dates.get(0);
            LocalDate last = dates.get(dates.size() - 1);
            row.put("datesShort", l.date(first) + " – " + l.date(last) + " (" + dates.size() + ")");
            row.put("datesSummary", l.text(d.kind() == FindingKind.UPCOMING ? "upcomingDates" : "missedDates",
                    dates.size(), l.date(first), l.date(last)));
            row.put("dates", dates.stream().map(l::date).toList());
        }
        row.put("message", f.message(language, names));
        row.put("explanation", f.explanation(language, names));
        row.put("source", f.source().toString());
        return row;
    }

    private static Map<String, Object> lane(Timeline t, Labels l) {
        Language language = l.language();
        LocalDate start = t.period().startInclusive();
        LocalDate end = t.period().endInclusive();
        Map<String, Object> lane = new HashMap<>();
        lane.put("id", t.roadmapId());
        lane.put("title", t.title());
        lane.put("period", l.date(start) + " – " + l.date(end));
        lane.put("counts", String.join(" · ", l.text("html.laneDone", t.count(Timeline.State.DONE)),
                l.text("html.laneOverdue", t.count(Timeline.State.OVERDUE)),
                l.text("html.laneUpcoming", t.count(Timeline.State.UPCOMING)),
                l.text("html.laneNotJudged", t.count(Timeline.State.NOT_JUDGED))));
        List<Map<String, Object>> ticks = new ArrayList<>();
        LocalDate m = start.withDayOfMonth(1);
        if (m.isBefore(start)) {
            m = m.plusMonths(1);
        }
        long months = ChronoUnit.MONTHS.between(m, end) + 1;
        int step = months <= 12 ? 1 : months <= 24 ? 3 : months <= 48 ? 6 : 12;
        boolean first = true;
        String[] names = l.months();
        for (; !m.isAfter(end); m = m.plusMonths(1)) {
            if ((m.getMonthValue() - 1) % step != 0) {
                continue;
            }
            Map<String, Object> tick = new HashMap<>();
            tick.put("left", pos(start, end, m));
            tick.put("label", names[m.getMonthValue() - 1]);
            if (first || m.getMonthValue() == 1) {
                tick.put("year", String.valueOf(m.getYear()));
            }
            first = false;
            ticks.add(tick);
        }
        lane.put("ticks", ticks);
        String today = pos(start, end, t.asOf());
        boolean todayInside = !t.asOf().isBefore(start) && !t.asOf().isAfter(end);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Timeline.Row row : t.rows()) {
            String phrase = language == Language.RU ? row.deadlineRu() : row.deadlineEn();
            Map<String, Object> tr = new LinkedHashMap<>();
            tr.put("state", row.state().name());
            tr.put("number", row.number());
            tr.put("title", row.title());
            tr.put("phrase", phrase);
            tr.put("todayInside", todayInside);
            tr.put("today", today);
            tr.put("notJudged", row.state() == Timeline.State.NOT_JUDGED);
            List<Map<String, Object>> marks = new ArrayList<>();
            for (DeadlineStatus.Occurrence o : row.status().occurrences()) {
                String tip = l.date(o.dueDate()) + ": " + DisplayNames.of(o.state(), language)
                        + o.completedOn().map(c -> " (" + l.date(c) + ")").orElse("");
                marks.add(Map.of("state", o.state().name(), "left", pos(start, end, o.dueDate()), "tip", tip));
            }
            tr.put("marks", marks);
            rows.add(tr);
        }
        lane.put("rows", rows);
        return lane;
    }

    private static String pos(LocalDate start, LocalDate end, LocalDate d) {
        long total = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double p = 100.0 * ChronoUnit.DAYS.between(start, d) / total;
        p = Math.max(0, Math.min(100, p));
        return String.format(Locale.ROOT, "%.2f", p);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("report resource missing from the class path: " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
