package org.nastavnik.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nastavnik.deadline.DeadlineStatus;
import org.nastavnik.common.Language;
import org.nastavnik.rules.ComplianceReport;
import org.nastavnik.rules.Finding;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;

/**
 * A report as one self-contained HTML page: styles and script inline, nothing fetched from the
 * network (a Content-Security-Policy forbids it). It shows a summary of counts by severity, the
 * findings in a table with filters by severity, kind, organization and rule (plain JavaScript;
 * the table is complete without it), a timeline of each roadmap's activities with their due
 * dates done, overdue and upcoming, and the documents imported, if any.
 *
 * <p>Opened with the address fragment {@code #test-only=WARNING} (or another severity), the page
 * clicks the other severity filters off itself and writes what stays visible into
 * {@code body[data-test-result]} ({@code visible=2;counter=2;severities=WARNING}), so that a
 * headless browser can check the filters without a driver.
 */
final class HtmlReport {

    private static final String[] MONTHS_RU = {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт",
        "ноя", "дек"};
    private static final String[] MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private HtmlReport() {
    }

    /**
     * @param context  the report, the snapshot (for the timeline and organization names) and documents, not null
     * @param language  the language of the page, not null
     * @return the page
     */
    static String render(ReportContext context, Language language) {
        Labels l = new Labels(language);
        ComplianceReport r = context.report();
        Map<String, String> names = context.organizationNames();
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = l.t("Проверка целевой модели наставничества", "Target mentoring model compliance check");
        h.append("<!DOCTYPE html>\n<html lang=\"").append(language.name().toLowerCase(Locale.ROOT)).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(esc(title)).append(context.snapshot()
                        .map(s -> " — " + esc(l.territory(s.territory()))).orElse("")).append("</title>\n")
                .append("<style>").append(CSS).append("</style>\n</head>\n<body>\n");

        // header
        h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n<dl class=\"meta\">");
        context.snapshot().ifPresent(s -> meta(h, l.t("Территория", "Territory"), l.territory(s.territory())));
        meta(h, l.t("На дату", "As of"), l.date(r.asOf()));
        if (r.horizonDays() > 0) {
            meta(h, l.t("Горизонт", "Horizon"), l.t(r.horizonDays() + " дн.", r.horizonDays() + " days"));
        }
        meta(h, l.t("Правила", "Rules"), r.ruleSetVersion() + l.t(", проверено ", ", evaluated ")
                + r.rulesEvaluated().size());
        r.waivers().forEach(w -> meta(h, l.t("Отключено", "Waived"), w.ruleId() + ": " + w.reason()));
        h.append("</dl>\n</header>\n<main>\n");

        // summary
        Map<Severity, Integer> counts = r.countsBySeverity();
        h.append("<section id=\"summary\" aria-label=\"").append(esc(l.t("Итого", "Summary"))).append("\">\n");
        for (Severity s : Severity.values()) {
            h.append("<div class=\"card sev-").append(s).append("\" data-severity=\"").append(s).append("\"><b>")
                    .append(counts.get(s)).append("</b><span>").append(esc(l.severityPlural(s))).append("</span></div>\n");
        }
        h.append("<div class=\"card upcoming\"><b>").append(r.upcoming().size()).append("</b><span>")
                .append(esc(l.t("предстоят", "upcoming"))).append(r.horizonDays() > 0
                        ? esc(l.t(" (" + r.horizonDays() + " дн.)", " (" + r.horizonDays() + " days)")) : "")
                .append("</span></div>\n</section>\n");

        findings(h, r, names, l, language);
        context.snapshot().ifPresent(s -> timelines(h, Timeline.of(s, r.asOf()), l));
        if (!context.documents().isEmpty()) {
            documents(h, context.documents(), l);
        }
        h.append("</main>\n<footer>").append(esc(l.t(
                "Сформировано Nastavnik. Люди указаны только идентификаторами.",
                "Made by Nastavnik. People are named by id only."))).append("</footer>\n");
        h.append("<script>").append(JS).append("</script>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void findings(StringBuilder h, ComplianceReport r, Map<String, String> names, Labels l,
            Language language) {
        List<Finding> all = r.allFindings();
        h.append("<section id=\"findings-section\">\n<h2>").append(esc(l.t("Находки", "Findings"))).append("</h2>\n");
        h.append("<form id=\"filters\" onsubmit=\"return false\">\n<fieldset><legend>")
                .append(esc(l.t("Серьёзность", "Severity"))).append("</legend>");
        for (Severity s : Severity.values()) {
            long n = all.stream().filter(f -> f.severity() == s).count();
            h.append("<label class=\"chip sev-").append(s).append("\"><input type=\"checkbox\" name=\"severity\" value=\"")
                    .append(s).append("\" checked> ").append(esc(l.severity(s))).append(" <small>").append(n)
                    .append("</small></label>");
        }
        h.append("</fieldset>\n<fieldset><legend>").append(esc(l.t("Вид", "Kind"))).append("</legend>");
        for (FindingKind k : FindingKind.values()) {
            long n = all.stream().filter(f -> f.kind() == k).count();
            h.append("<label class=\"chip\"><input type=\"checkbox\" name=\"kind\" value=\"").append(k)
                    .append("\" checked> ").append(esc(l.kind(k))).append(" <small>").append(n).append("</small></label>");
        }
        h.append("</fieldset>\n<label class=\"sel\">").append(esc(l.t("Организация", "Organization")))
                .append(" <select id=\"f-org\"><option value=\"\">").append(esc(l.t("все", "all"))).append("</option>");
        Set<String> orgs = new LinkedHashSet<>();
        all.stream().map(Finding::organizationId).sorted().forEach(orgs::add);
        for (String o : orgs) {
            String label = o.isEmpty() ? l.t("без организации", "no organization")
                    : names.containsKey(o) ? o + " · " + Wrap.shorten(names.get(o), 50) : o;
            h.append("<option value=\"").append(esc(o)).append("\">").append(esc(label)).append("</option>");
        }
        h.append("</select></label>\n<label class=\"sel\">").append(esc(l.t("Правило", "Rule")))
                .append(" <select id=\"f-rule\"><option value=\"\">").append(esc(l.t("все", "all"))).append("</option>");
        Set<String> rules = new TreeSet<>();
        all.forEach(f -> rules.add(f.ruleId()));
        for (String rule : rules) {
            h.append("<option>").append(esc(rule)).append("</option>");
        }
        h.append("</select></label>\n</form>\n");
        h.append("<p class=\"shown\">").append(esc(l.t("Показано", "Showing"))).append(" <b id=\"visible-count\">")
                .append(all.size()).append("</b> ").append(esc(l.t("из", "of"))).append(' ').append(all.size())
                .append("</p>\n");
        h.append("<table id=\"findings\">\n<thead><tr><th>").append(esc(l.t("Серьёзность", "Severity")))
                .append("</th><th>").append(esc(l.t("Правило", "Rule"))).append("</th><th>")
                .append(esc(l.t("Организация", "Organization"))).append("</th><th>")
                .append(esc(l.t("Субъекты", "Subjects"))).append("</th><th>").append(esc(l.t("Срок", "Due")))
                .append("</th><th>").append(esc(l.t("Что не так", "What is wrong"))).append("</th></tr></thead>\n<tbody>\n");
        for (Finding f : all) {
            h.append("<tr data-severity=\"").append(f.severity()).append("\" data-kind=\"").append(f.kind())
                    .append("\" data-org=\"").append(esc(f.organizationId())).append("\" data-rule=\"")
                    .append(esc(f.ruleId())).append("\"><td><span class=\"badge sev-").append(f.severity()).append("\">")
                    .append(esc(l.severity(f.severity()))).append("</span>");
            if (f.kind() == FindingKind.UPCOMING) {
                h.append(" <span class=\"badge upcoming\">").append(esc(l.kind(f.kind()))).append("</span>");
            }
            h.append("</td><td><code>").append(esc(f.ruleId())).append("</code></td><td>")
                    .append(esc(f.organizationId())).append("</td><td>").append(esc(Labels.otherSubjects(f)))
                    .append("</td><td class=\"date\">").append(f.dueDate().map(l::date).orElse(""))
                    .append("</td><td>").append(esc(f.message(language))).append("<details><summary>")
                    .append(esc(l.t("почему", "why"))).append("</summary><p>").append(esc(f.explanation(language)))
                    .append("</p><p class=\"src\">").append(esc(f.source().toString())).append("</p></details></td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<p id=\"no-rows\"").append(all.isEmpty() ? "" : " hidden").append(">")
                .append(esc(l.t("Нет находок для выбранных фильтров.", "No findings match the filters.")))
                .append("</p>\n</section>\n");
    }

    private static void timelines(StringBuilder h, List<Timeline> timelines, Labels l) {
        if (timelines.isEmpty()) {
            return;
        }
        h.append("<section id=\"timeline\">\n<h2>").append(esc(l.t("Дорожные карты", "Roadmaps"))).append("</h2>\n");
        h.append("<p class=\"legend\">");
        legend(h, "DONE", l.t("выполнено в срок", "done on time"));
        legend(h, "DONE_LATE", l.t("выполнено с опозданием", "done late"));
        legend(h, "OVERDUE", l.t("просрочено", "overdue"));
        legend(h, "DUE_TODAY", l.t("срок сегодня", "due today"));
        legend(h, "UPCOMING", l.t("предстоит", "upcoming"));
        h.append("<span><i class=\"today-key\"></i>").append(esc(l.t("дата проверки", "check date")))
                .append("</span></p>\n");
        for (Timeline t : timelines) {
            LocalDate start = t.period().startInclusive();
            LocalDate end = t.period().endInclusive();
            h.append("<article class=\"lane\" id=\"roadmap-").append(esc(t.roadmapId())).append("\">\n<h3>")
                    .append(esc(Wrap.shorten(t.title(), 200))).append("</h3>\n<p class=\"lane-meta\"><code>")
                    .append(esc(t.roadmapId())).append("</code> · ").append(l.date(start)).append(" – ")
                    .append(l.date(end)).append(" · ")
                    .append(esc(l.t("выполнено ", "done "))).append(t.count(Timeline.State.DONE)).append(" · ")
                    .append(esc(l.t("просрочено ", "overdue "))).append(t.count(Timeline.State.OVERDUE)).append(" · ")
                    .append(esc(l.t("предстоит ", "upcoming "))).append(t.count(Timeline.State.UPCOMING)).append(" · ")
                    .append(esc(l.t("не оценивается ", "not judged "))).append(t.count(Timeline.State.NOT_JUDGED))
                    .append("</p>\n");
            // month axis
            h.append("<div class=\"trow axis\"><div class=\"tlabel\"></div><div class=\"track\">");
            LocalDate m = start.withDayOfMonth(1);
            if (m.isBefore(start)) {
                m = m.plusMonths(1);
            }
            long months = ChronoUnit.MONTHS.between(m, end) + 1;
            int step = months <= 12 ? 1 : months <= 24 ? 3 : months <= 48 ? 6 : 12;
            boolean first = true;
            for (; !m.isAfter(end); m = m.plusMonths(1)) {
                boolean labelled = (m.getMonthValue() - 1) % step == 0;
                if (!labelled) {
                    continue;
                }
                String label = (l.ru() ? MONTHS_RU : MONTHS_EN)[m.getMonthValue() - 1];
                if (first || m.getMonthValue() == 1) {
                    label += "<br>" + m.getYear();
                }
                first = false;
                h.append("<span class=\"tick\" style=\"left:").append(pos(start, end, m)).append("%\">")
                        .append(label).append("</span>");
            }
            h.append("</div></div>\n");
            String today = pos(start, end, t.asOf());
            boolean todayInside = !t.asOf().isBefore(start) && !t.asOf().isAfter(end);
            for (Timeline.Row row : t.rows()) {
                String phrase = l.ru() ? row.deadlineRu() : row.deadlineEn();
                h.append("<div class=\"trow state-").append(row.state()).append("\"><div class=\"tlabel\" title=\"")
                        .append(esc(row.title())).append("\"><b>").append(esc(row.number())).append("</b> ")
                        .append(esc(Wrap.shorten(row.title(), 70))).append("<small>").append(esc(phrase))
                        .append("</small></div><div class=\"track\">");
                if (todayInside) {
                    h.append("<i class=\"today\" style=\"left:").append(today).append("%\"></i>");
                }
                if (row.state() == Timeline.State.NOT_JUDGED) {
                    h.append("<span class=\"band\" title=\"").append(esc(phrase)).append("\">").append(esc(phrase))
                            .append("</span>");
                }
                for (DeadlineStatus.Occurrence o : row.status().occurrences()) {
                    String tip = l.date(o.dueDate()) + ": " + stateText(o.state(), l)
                            + o.completedOn().map(c -> " (" + l.date(c) + ")").orElse("");
                    h.append("<span class=\"m ").append(o.state()).append("\" style=\"left:")
                            .append(pos(start, end, o.dueDate())).append("%\" title=\"").append(esc(tip))
                            .append("\"></span>");
                }
                h.append("</div></div>\n");
            }
            h.append("</article>\n");
        }
        h.append("</section>\n");
    }

    private static void documents(StringBuilder h, List<DocumentSummary> documents, Labels l) {
        h.append("<section id=\"documents\">\n<h2>").append(esc(l.t("Импортированные документы", "Imported documents")))
                .append("</h2>\n<table><thead><tr><th>").append(esc(l.t("Дорожная карта", "Roadmap"))).append("</th><th>")
                .append(esc(l.t("Территория", "Territory"))).append("</th><th>")
                .append(esc(l.t("Мероприятий", "Activities"))).append("</th><th>")
                .append(esc(l.t("Замечания к документу", "Document findings"))).append("</th></tr></thead><tbody>\n");
        for (DocumentSummary d : documents) {
            h.append("<tr><td><code>").append(esc(d.roadmapId())).append("</code></td><td>")
                    .append(esc(l.territory(d.territory()))).append("</td><td class=\"num\">").append(d.activities())
                    .append("</td><td>");
            if (d.findings().isEmpty()) {
                h.append("—");
            } else {
                h.append("<details><summary>").append(d.findings().size()).append("</summary><ul>");
                // codes and lines only: a document finding may quote people's names from the document
                d.findings().forEach(f -> h.append("<li><code>").append(f.code()).append("</code> ")
                        .append(esc(l.t("строка ", "line "))).append(f.line()).append("</li>"));
                h.append("</ul></details>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</tbody></table>\n</section>\n");
    }

    private static String stateText(DeadlineStatus.State s, Labels l) {
        return switch (s) {
            case DONE -> l.t("выполнено в срок", "done on time");
            case DONE_LATE -> l.t("выполнено с опозданием", "done late");
            case OVERDUE -> l.t("просрочено", "overdue");
            case DUE_TODAY -> l.t("срок сегодня", "due today");
            case UPCOMING -> l.t("предстоит", "upcoming");
        };
    }

    private static void legend(StringBuilder h, String state, String text) {
        h.append("<span><i class=\"m key ").append(state).append("\"></i>").append(esc(text)).append("</span>");
    }

    private static void meta(StringBuilder h, String label, String value) {
        h.append("<div><dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd></div>");
    }

    private static String pos(LocalDate start, LocalDate end, LocalDate d) {
        long total = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double p = 100.0 * ChronoUnit.DAYS.between(start, d) / total;
        p = Math.max(0, Math.min(100, p));
        return String.format(Locale.ROOT, "%.2f", p);
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String CSS = """

            :root{--v:#b3261e;--w:#a15c00;--n:#3d5a75;--u:#4b4fb8;--ok:#2e7d32;--late:#7c8b1d;--bg:#fafaf7;--line:#d9d9d2}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d1d1b;background:var(--bg)}
            header,main,footer{max-width:1200px;margin:0 auto;padding:0 1.2rem}
            header{padding-top:1.2rem}
            h1{font-size:1.5rem;margin:.2rem 0 .6rem}
            h2{font-size:1.2rem;margin:1.6rem 0 .6rem;border-bottom:2px solid var(--line);padding-bottom:.2rem}
            h3{font-size:1rem;margin:.2rem 0}
            .meta{display:flex;flex-wrap:wrap;gap:.3rem 1.6rem;margin:0}
            .meta div{display:flex;gap:.4rem}.meta dt{color:#6b6b66}.meta dd{margin:0;font-weight:600}
            #summary{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:.8rem;margin-top:1rem}
            .card{background:#fff;border:1px solid var(--line);border-left:6px solid var(--n);border-radius:6px;padding:.6rem .9rem;display:flex;flex-direction:column}
            .card b{font-size:1.9rem;line-height:1.1}
            .card.sev-VIOLATION{border-left-color:var(--v)}.card.sev-WARNING{border-left-color:var(--w)}.card.upcoming{border-left-color:var(--u)}
            #filters{display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem .8rem}
            fieldset{border:0;margin:0;padding:0;display:flex;gap:.4rem;align-items:center;flex-wrap:wrap}
            legend{float:left;margin-right:.3rem;color:#6b6b66}
            .chip{border:1px solid var(--line);border-radius:999px;padding:.1rem .6rem;cursor:pointer;user-select:none;background:#f4f4ef}
            .chip small{color:#6b6b66}
            .sel select{font:inherit;max-width:22rem}
            .shown{color:#6b6b66;margin:.5rem 0}
            table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line)}
            th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid var(--line)}
            th{background:#f0f0ea;font-weight:600;position:sticky;top:0}
            td.date,td.num{white-space:nowrap}
            tr[hidden]{display:none}
            .badge{display:inline-block;font-size:.75rem;font-weight:700;letter-spacing:.02em;color:#fff;background:var(--n);border-radius:4px;padding:.05rem .4rem;white-space:nowrap}
            .badge.sev-VIOLATION{background:var(--v)}.badge.sev-WARNING{background:var(--w)}.badge.upcoming{background:var(--u)}
            details summary{cursor:pointer;color:#6b6b66;font-size:.85rem}
            details p{margin:.3rem 0}.src{color:#6b6b66;font-size:.85rem}
            .legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;color:#45453f}
            .legend span{display:inline-flex;align-items:center;gap:.35rem}
            .lane{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin-bottom:1rem}
            .lane-meta{color:#6b6b66;margin:.1rem 0 .6rem}
            .trow{display:grid;grid-template-columns:minmax(14rem,34%) 1fr;gap:.8rem;align-items:center;border-top:1px solid #efefe9;padding:.2rem 0}
            .trow.axis{border-top:0}
            .tlabel{font-size:.85rem;overflow:hidden}
            .tlabel small{display:block;color:#6b6b66}
            .trow.state-OVERDUE .tlabel b{color:var(--v)}
            .track{position:relative;height:1.6rem;background:linear-gradient(#e6e6df,#e6e6df) 0 50%/100% 2px no-repeat}
            .axis .track{background:none;height:2.2rem}
            .tick{position:absolute;top:0;font-size:.75rem;line-height:1.1;color:#6b6b66;border-left:1px solid var(--line);padding-left:2px;white-space:nowrap}
            .today{position:absolute;top:-.2rem;bottom:-.2rem;border-left:2px dashed var(--u)}
            .today-key{display:inline-block;height:1rem;border-left:2px dashed var(--u)}
            .m{position:absolute;top:50%;width:.8rem;height:.8rem;margin:-.4rem 0 0 -.4rem;border-radius:50%;border:2px solid #fff;box-shadow:0 0 0 1px #0003}
            .m.key{position:static;display:inline-block;margin:0}
            .m.DONE{background:var(--ok)}.m.DONE_LATE{background:var(--late)}.m.OVERDUE{background:var(--v)}
            .m.DUE_TODAY{background:#e08a00}.m.UPCOMING{background:#fff;border-color:var(--u);box-shadow:none}
            .band{position:absolute;left:0;right:0;top:.25rem;bottom:.25rem;border-radius:3px;font-size:.72rem;color:#6b6b66;padding:0 .4rem;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;background:repeating-linear-gradient(135deg,#eeeee8 0 6px,#f7f7f2 6px 12px)}
            footer{color:#6b6b66;font-size:.85rem;padding:1.5rem 1.2rem 2rem}
            @media (max-width:700px){.trow{grid-template-columns:1fr}.track{height:1.4rem}}
            @media print{#filters,.shown{display:none}}
            """;

    private static final String JS = """

            (function () {
              var rows = Array.prototype.slice.call(document.querySelectorAll('#findings tbody tr'));
              var boxes = Array.prototype.slice.call(document.querySelectorAll('#filters input[type=checkbox]'));
              var org = document.getElementById('f-org');
              var rule = document.getElementById('f-rule');
              function checked(name) {
                return boxes.filter(function (b) { return b.name === name && b.checked; })
                    .map(function (b) { return b.value; });
              }
              function apply() {
                var sev = checked('severity'), kind = checked('kind'), shown = 0;
                rows.forEach(function (r) {
                  var show = sev.indexOf(r.dataset.severity) >= 0 && kind.indexOf(r.dataset.kind) >= 0
                      && (!org.value || r.dataset.org === org.value) && (!rule.value || r.dataset.rule === rule.value);
                  r.hidden = !show;
                  if (show) { shown++; }
                });
                document.getElementById('visible-count').textContent = shown;
                document.getElementById('no-rows').hidden = shown > 0;
              }
              boxes.concat([org, rule]).forEach(function (e) { e.addEventListener('change', apply); });
              apply();
              var test = /^#test-only=([A-Z]+)$/.exec(location.hash);
              if (test) {
                boxes.forEach(function (b) {
                  if (b.name === 'severity' && b.value !== test[1] && b.checked) { b.click(); }
                });
                var visible = rows.filter(function (r) { return !r.hidden; });
                var severities = [];
                visible.forEach(function (r) {
                  if (severities.indexOf(r.dataset.severity) < 0) { severities.push(r.dataset.severity); }
                });
                document.body.setAttribute('data-test-result', 'visible=' + visible.length + ';counter='
                    + document.getElementById('visible-count').textContent + ';severities=' + severities.join(','));
              }
            })();
            """;
}
