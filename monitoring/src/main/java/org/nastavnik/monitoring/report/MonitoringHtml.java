package org.nastavnik.monitoring.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.common.Language;
import org.nastavnik.model.MentoringForm;
import org.nastavnik.monitoring.Checklist;
import org.nastavnik.monitoring.ChecklistItem;
import org.nastavnik.monitoring.Indicators;
import org.nastavnik.monitoring.Measure;
import org.nastavnik.monitoring.MonitoringResult;
import org.nastavnik.monitoring.Scope;
import org.nastavnik.monitoring.Share;
import org.nastavnik.rules.SourceRef;

/**
 * The monitoring as one self-contained, printable HTML page in Russian: an analytic note per
 * region and per municipality, the indicator table and the checklist table (one row per
 * organization, one column per item, totals per municipality). No script, no external file.
 */
public final class MonitoringHtml {

    private MonitoringHtml() {
    }

    /**
     * @param checklist  the filled checklist (its indicators are shown too), not null
     * @param findings  the findings counted per municipality and region, or null for none
     * @return the page
     */
    public static String page(Checklist checklist, FindingCounts findings) {
        MonitoringResult r = checklist.indicators();
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"ru\"><head><meta charset=\"utf-8\">")
                .append("<title>Мониторинг внедрения целевой модели наставничества на ")
                .append(Labels.DAY.format(r.asOf())).append("</title><style>")
                .append("body{font-family:'Times New Roman',serif;font-size:12pt;margin:1.5em;color:#000}")
                .append("h1{font-size:16pt}h2{font-size:14pt;margin-top:1.5em}h3{font-size:12pt}")
                .append("table{border-collapse:collapse;margin:.5em 0;font-size:9pt}")
                .append("th,td{border:1px solid #555;padding:2px 4px;vertical-align:top}th{background:#eee}")
                .append("td.n{text-align:right}tr.total td{font-weight:bold;background:#f4f4f4}")
                .append(".no{color:#a00}.nodata{color:#777;font-style:italic}")
                .append("section.note{page-break-after:always}")
                .append("@media print{body{margin:0}thead{display:table-header-group}tr{page-break-inside:avoid}}")
                .append("</style></head><body>\n");
        h.append("<h1>Мониторинг внедрения целевой модели наставничества по состоянию на ")
                .append(Labels.DAY.format(r.asOf())).append("</h1>\n");
        for (Indicators region : r.regions()) {
            note(h, region, r, checklist, findings);
        }
        for (Indicators m : r.municipalities()) {
            note(h, m, r, checklist, findings);
        }
        indicatorTable(h, r);
        checklistTable(h, checklist);
        h.append("</body></html>\n");
        return h.toString();
    }

    /** The analytic note of a municipality or region. */
    private static void note(StringBuilder h, Indicators scope, MonitoringResult r, Checklist c, FindingCounts f) {
        boolean municipal = scope.scope().level() == Scope.Level.MUNICIPALITY;
        h.append("<section class=\"note\" data-scope=\"").append(esc(scope.scope().key())).append("\"><h2>")
                .append("Аналитическая справка по итогам мониторинга внедрения целевой модели наставничества: ")
                .append(esc(municipal ? scope.scope().name() + " (регион " + scope.scope().region() + ")"
                        : "регион " + scope.scope().region()))
                .append("</h2>\n");
        h.append("<h3>1. Что мониторилось</h3><p>По состоянию на ").append(Labels.DAY.format(r.asOf()))
                .append(" рассмотрены сведения ").append(scope.organizations()).append(" ")
                .append(plural(scope.organizations(), "организации", "организаций", "организаций"))
                .append(", внедряющих целевую модель наставничества: наставнические пары и группы, их закрепление ")
                .append("приказами, наставники и наставляемые, численность обучающихся и педагогов, а также ")
                .append(c.items().size()).append(" пунктов формы мониторинга (")
                .append(esc(String.join("; ", c.items().stream().map(i -> lower(i.title(Language.RU))).toList())))
                .append(").</p>\n");
        h.append("<h3>2. Результаты</h3><ul>");
        h.append("<li>Действующих наставнических пар — ").append(scope.count(Measure.ACTIVE_PAIRS))
                .append(", групп — ").append(scope.count(Measure.ACTIVE_GROUPS)).append("; завершено пар — ")
                .append(scope.count(Measure.COMPLETED_PAIRS)).append(", групп — ")
                .append(scope.count(Measure.COMPLETED_GROUPS)).append(".</li>");
        h.append("<li>Закреплено приказами руководителей ").append(scope.count(Measure.FIXED_BY_ORDER))
                .append(" пар и групп (приказов — ").append(scope.count(Measure.PAIR_ORDERS)).append(").</li>");
        h.append("<li>Наставников — ").append(scope.count(Measure.MENTORS)).append(", наставляемых — ")
                .append(scope.count(Measure.MENTEES)).append(" (обучающихся школ — ")
                .append(scope.count(Measure.MENTEES_SCHOOL_STUDENTS)).append(", студентов — ")
                .append(scope.count(Measure.MENTEES_COLLEGE_STUDENTS)).append(", педагогов — ")
                .append(scope.count(Measure.MENTEES_TEACHERS)).append(", иных — ")
                .append(scope.count(Measure.MENTEES_OTHER)).append(").</li>");
        for (MentoringForm form : MentoringForm.values()) {
            int active = scope.pairs(form, false, false) + scope.pairs(form, false, true);
            int done = scope.pairs(form, true, false) + scope.pairs(form, true, true);
            if (active + done > 0) {
                h.append("<li>Форма «").append(esc(form.displayName(Language.RU))).append("»: действует ").append(active)
                        .append(", завершено ").append(done).append(".</li>");
            }
        }
        for (IndicatorKind k : Indicators.sharesComputed()) {
            Share s = scope.share(k);
            h.append("<li>").append(esc(Labels.share(k, r.profile()))).append(": ").append(Labels.shareText(s));
            if (s.organizationsUnmeasured() > 0) {
                h.append("; нет сведений о численности у ").append(s.organizationsUnmeasured()).append(" ")
                        .append(plural(s.organizationsUnmeasured(), "организации", "организаций", "организаций"))
                        .append(", они в долю не включены");
            }
            Optional<BigDecimal> t = r.target(k);
            h.append(t.map(v -> "; целевое значение на " + r.year() + " год — " + pct(v) + " %")
                    .orElse("; целевое значение на " + r.year() + " год не установлено")).append(".</li>");
        }
        h.append("</ul>\n<h3>3. Организации ниже целевого значения</h3>");
        List<MonitoringResult.BelowTarget> below = new ArrayList<>();
        for (MonitoringResult.BelowTarget b : r.belowTarget()) {
            if (b.row().scope().level() == Scope.Level.ORGANIZATION && inside(b.row(), scope)) {
                below.add(b);
            }
        }
        if (below.isEmpty()) {
            h.append("<p>").append(r.profile().targets().isEmpty() ? "Целевые значения не установлены."
                    : "Нет организаций ниже целевого значения (среди тех, по которым есть сведения о численности).")
                    .append("</p>\n");
        } else {
            h.append("<table><thead><tr><th>Организация</th><th>Показатель</th><th>Значение</th><th>Целевое значение</th>")
                    .append("</tr></thead><tbody>");
            for (MonitoringResult.BelowTarget b : below) {
                h.append("<tr><td>").append(esc(b.row().scope().name())).append("</td><td>")
                        .append(esc(Labels.share(b.indicator(), r.profile()))).append("</td><td class=\"n\">")
                        .append(Labels.shareText(b.share())).append("</td><td class=\"n\">").append(pct(b.target()))
                        .append(" %</td></tr>");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h3>4. Наиболее частые замечания</h3>");
        Map<String, Integer> byRule = f == null ? Map.of() : f.byRule(scope.scope());
        if (byRule.isEmpty()) {
            h.append("<p>Проверка соответствия не проводилась или замечаний нет.</p>\n");
        } else {
            h.append("<table><thead><tr><th>Требование</th><th>Вид</th><th>Случаев</th><th>Основание</th></tr></thead><tbody>");
            byRule.entrySet().stream().limit(7).forEach(e -> {
                SourceRef src = f.source(e.getKey());
                h.append("<tr><td>").append(esc(f.description(e.getKey()))).append("</td><td>")
                        .append(Labels.severity(f.severity(e.getKey()))).append("</td><td class=\"n\">")
                        .append(e.getValue()).append("</td><td>")
                        .append(src == null ? "" : esc(src.document() + (src.clause().isEmpty() ? "" : ", " + src.clause())))
                        .append("</td></tr>");
            });
            h.append("</tbody></table>\n");
        }
        h.append("<h3>5. Форма мониторинга</h3><ul>");
        List<Checklist.Answer> totals = municipal ? c.totals(scope.scope().name()) : regionTotals(c, scope);
        for (int i = 0; i < c.items().size(); i++) {
            h.append("<li>").append(esc(c.items().get(i).title(Language.RU))).append(": ")
                    .append(esc(totals.get(i).text())).append("</li>");
        }
        h.append("</ul></section>\n");
    }

    private static List<Checklist.Answer> regionTotals(Checklist c, Indicators region) {
        return c.totals(null);
    }

    private static boolean inside(Indicators org, Indicators scope) {
        if (!org.scope().region().equals(scope.scope().region())) {
            return false;
        }
        return scope.scope().level() != Scope.Level.MUNICIPALITY
                || org.municipality().map(m -> m.equals(scope.scope().name())).orElse(false);
    }

    private static void indicatorTable(StringBuilder h, MonitoringResult r) {
        h.append("<h2>Показатели по организациям</h2><table id=\"indicators\"><thead><tr><th>Организация</th>")
                .append("<th>Муниципалитет</th>");
        for (Measure m : Labels.COLUMNS) {
            h.append("<th>").append(esc(Labels.measure(m))).append("</th>");
        }
        for (IndicatorKind k : Indicators.sharesComputed()) {
            h.append("<th>").append(esc(Labels.share(k, r.profile()))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        String current = null;
        for (Indicators row : r.organizations()) {
            String m = row.municipality().orElse("");
            if (current != null && !current.equals(m)) {
                totalRow(h, r, current, row.scope().region());
            }
            current = m;
            indicatorRow(h, row, row.scope().name(), m, "");
        }
        if (current != null && !r.organizations().isEmpty()) {
            totalRow(h, r, current, r.organizations().get(r.organizations().size() - 1).scope().region());
        }
        indicatorRow(h, r.territory(), "Всего", "", " class=\"total\"");
        h.append("</tbody></table>\n");
    }

    private static void totalRow(StringBuilder h, MonitoringResult r, String municipality, String region) {
        r.row(Scope.municipality(region, municipality)).ifPresent(t -> indicatorRow(h, t, "Итого по муниципалитету",
                municipality, " class=\"total\""));
    }

    private static void indicatorRow(StringBuilder h, Indicators row, String name, String municipality, String cls) {
        h.append("<tr").append(cls).append("><td>").append(esc(name)).append("</td><td>").append(esc(municipality))
                .append("</td>");
        for (Measure m : Labels.COLUMNS) {
            h.append("<td class=\"n\">").append(row.count(m)).append("</td>");
        }
        for (IndicatorKind k : Indicators.sharesComputed()) {
            Share s = row.share(k);
            h.append(s.isMeasured() ? "<td class=\"n\">" : "<td class=\"nodata\">").append(Labels.shareText(s))
                    .append("</td>");
        }
        h.append("</tr>\n");
    }

    private static void checklistTable(StringBuilder h, Checklist c) {
        h.append("<h2>Форма мониторинга по организациям</h2><table id=\"checklist\"><thead><tr><th>Организация</th>")
                .append("<th>Муниципалитет</th>");
        for (ChecklistItem i : c.items()) {
            h.append("<th>").append(esc(i.title(Language.RU))).append("</th>");
        }
        h.append("</tr></thead><tbody>\n");
        String current = null;
        for (Checklist.Row row : c.rows()) {
            if (current != null && !current.equals(row.municipality())) {
                answers(h, "Итого по муниципалитету", current, c.totals(current), " class=\"total\"");
            }
            current = row.municipality();
            answers(h, row.scope().name(), row.municipality(), row.answers(), "");
        }
        if (current != null) {
            answers(h, "Итого по муниципалитету", current, c.totals(current), " class=\"total\"");
        }
        answers(h, "Всего", "", c.totals(null), " class=\"total\"");
        h.append("</tbody></table>\n");
    }

    private static void answers(StringBuilder h, String name, String municipality, List<Checklist.Answer> answers,
            String cls) {
        h.append("<tr").append(cls).append("><td>").append(esc(name)).append("</td><td>").append(esc(municipality))
                .append("</td>");
        for (Checklist.Answer a : answers) {
            String k = switch (a.status()) {
                case NO -> " class=\"no\"";
                case NO_DATA -> " class=\"nodata\"";
                case VALUE -> " class=\"n\"";
                default -> "";
            };
            h.append("<td").append(k).append(">").append(esc(a.text())).append("</td>");
        }
        h.append("</tr>\n");
    }

    private static String pct(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String lower(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static String plural(int n, String one, String few, String many) {
        int m10 = n % 10;
        int m100 = n % 100;
        if (m10 == 1 && m100 != 11) {
            return one;
        }
        if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) {
            return few;
        }
        return many;
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(ch);
            }
        }
        return sb.toString();
    }
}
