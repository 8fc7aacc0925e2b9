package org.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.nastavnik.model.CuratorAppointment;
import org.nastavnik.model.IndicatorKind;
import org.nastavnik.model.LocalAct;
import org.nastavnik.model.LocalActKind;
import org.nastavnik.model.Mentorship;
import org.nastavnik.model.Organization;
import org.nastavnik.model.ParticipantRole;
import org.nastavnik.model.Programme;
import org.nastavnik.model.RegistryEntry;
import org.nastavnik.model.Snapshot;

/**
 * The monitoring checklist filled from a snapshot: one row per organization, one answer per
 * item of the profile. A document item is «да» with the document, «нет», or «нет данных» when
 * the data cannot tell: the snapshot holds no records of that kind for any organization, the
 * organization sent no documents at all, or the model does not hold the item. Immutable.
 */
public final class Checklist {

    /** What an answer says. */
    public enum Status {
        /** The document is there. */
        YES,
        /** The data holds such documents, and this organization has none. */
        NO,
        /** The data cannot answer. */
        NO_DATA,
        /** A number or a share. */
        VALUE
    }

    /**
     * One answer.
     *
     * @param status  what it says
     * @param text  the answer for people, in Russian: «да: приказ № 12 от 14.04.2022», «нет», «нет данных», «37», «72,50 % (290 из 400)»
     * @param number  the number of a count or the percent of a share, for spreadsheets
     */
    public record Answer(Status status, String text, Optional<BigDecimal> number) {
    }

    /**
     * The answers of one organization.
     *
     * @param scope  the organization
     * @param municipality  its municipality, "" when none
     * @param answers  one per item, in the items' order
     */
    public record Row(Scope scope, String municipality, List<Answer> answers) {
    }

    private final List<ChecklistItem> items;
    private final List<Row> rows;
    private final MonitoringResult indicators;

    private Checklist(List<ChecklistItem> items, List<Row> rows, MonitoringResult indicators) {
        this.items = List.copyOf(items);
        this.rows = List.copyOf(rows);
        this.indicators = indicators;
    }

    /**
     * @param snapshot  the data, not null
     * @param indicators  the indicators measured from it, not null
     * @return the checklist of the indicators' profile, one row per organization measured
     */
    public static Checklist fill(Snapshot snapshot, MonitoringResult indicators) {
        LocalDate asOf = indicators.asOf();
        Map<String, List<Object>> docs = new HashMap<>();
        snapshot.localActs().forEach(a -> docs.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a));
        snapshot.curatorAppointments().forEach(a -> docs.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a));
        snapshot.programmes().forEach(a -> docs.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a));
        snapshot.registry().forEach(a -> docs.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a));
        snapshot.mentorships().forEach(a -> docs.computeIfAbsent(a.organizationId(), k -> new ArrayList<>()).add(a));
        Set<String> kept = new HashSet<>();
        if (!snapshot.localActs().isEmpty()) {
            kept.add("localAct");
        }
        if (!snapshot.curatorAppointments().isEmpty()) {
            kept.add("curatorOrder");
        }
        if (!snapshot.programmes().isEmpty()) {
            kept.add("programme");
        }
        snapshot.registry().forEach(r -> kept.add("base:" + r.role()));
        if (snapshot.mentorships().stream().anyMatch(m -> m.approvalOrder().isPresent())
                || snapshot.localActs().stream().anyMatch(a -> a.kind() == LocalActKind.PAIRS_ORDER)) {
            kept.add("pairsOrders");
        }
        Map<String, Organization> orgs = new HashMap<>();
        snapshot.organizations().forEach(o -> orgs.put(o.id(), o));
        List<ChecklistItem> items = indicators.profile().items();
        List<Row> rows = new ArrayList<>();
        for (Indicators row : indicators.organizations()) {
            List<Object> own = docs.getOrDefault(row.scope().key(), List.of());
            List<Answer> answers = new ArrayList<>();
            for (ChecklistItem item : items) {
                answers.add(answer(item, own, kept, row, asOf, indicators));
            }
            rows.add(new Row(row.scope(), row.municipality().orElse(""), answers));
        }
        return new Checklist(items, rows, indicators);
    }

    private static Answer answer(ChecklistItem item, List<Object> own, Set<String> kept, Indicators row, LocalDate asOf,
            MonitoringResult indicators) {
        String[] src = item.source().split(":", 2);
        switch (src[0]) {
            case "measure": {
                int n = row.count(Measure.valueOf(src[1]));
                return new Answer(Status.VALUE, Integer.toString(n), Optional.of(BigDecimal.valueOf(n)));
            }
            case "indicator":
                return share(row.share(IndicatorKind.valueOf(src[1])));
            case "notInModel":
                return noData();
            default:
                break;
        }
        String family = src[0].equals("base") ? item.source() : src[0];
        if (!kept.contains(family) || own.isEmpty()) {
            return noData();
        }
        for (Object r : own) {
            String found = document(r, src, asOf);
            if (found != null) {
                return new Answer(Status.YES, "да" + (found.isEmpty() ? "" : ": " + found), Optional.empty());
            }
        }
        return new Answer(Status.NO, "нет", Optional.empty());
    }

    /** @return the document's description if the record answers the item, "" if it does without one, else null */
    private static String document(Object r, String[] src, LocalDate asOf) {
        switch (src[0]) {
            case "localAct":
                if (r instanceof LocalAct a && a.kind().name().equals(src[1]) && !a.adoptedOn().isAfter(asOf)) {
                    return a.document().map(Counter::orderName).orElse("от " + Counter.DAY.format(a.adoptedOn()));
                }
                return null;
            case "curatorOrder":
                return r instanceof CuratorAppointment c && c.inForceOn(asOf) ? Counter.orderName(c.order()) : null;
            case "programme":
                return r instanceof Programme p && !p.approvedOn().orElse(p.period().startInclusive()).isAfter(asOf)
                        ? "утверждена " + Counter.DAY.format(p.approvedOn().orElse(p.period().startInclusive())) : null;
            case "base":
                return r instanceof RegistryEntry e && e.role() == ParticipantRole.valueOf(src[1])
                        && !e.includedOn().isAfter(asOf) ? "" : null;
            case "pairsOrders":
                if (r instanceof Mentorship m && m.approvalOrder().isPresent() && !m.formedOn().isAfter(asOf)
                        && m.approvalOrder().get().date().map(d -> !d.isAfter(asOf)).orElse(true)) {
                    return Counter.orderName(m.approvalOrder().get());
                }
                return r instanceof LocalAct a && a.kind() == LocalActKind.PAIRS_ORDER && !a.adoptedOn().isAfter(asOf)
                        ? a.document().map(Counter::orderName).orElse("") : null;
            default:
                return null;
        }
    }

    static Answer share(Share s) {
        if (s.percent().isEmpty()) {
            return noData();
        }
        return new Answer(Status.VALUE, percentText(s.percent().get()) + " % (" + s.involved() + " из " + s.total() + ")",
                s.percent());
    }

    static String percentText(BigDecimal p) {
        return p.toPlainString().replace('.', ',');
    }

    private static Answer noData() {
        return new Answer(Status.NO_DATA, "нет данных", Optional.empty());
    }

    /** @return the items, in column order */
    public List<ChecklistItem> items() {
        return items;
    }

    /** @return one row per organization, by region, municipality and name */
    public List<Row> rows() {
        return rows;
    }

    /** @return the indicators the checklist was filled with */
    public MonitoringResult indicators() {
        return indicators;
    }

    /**
     * The totals of a municipality (or of every organization when {@code municipality} is null):
     * for a document, how many organizations answered «да» of how many; for a count, the sum; for
     * a share, the municipality's share.
     *
     * @param municipality  the municipality's name, or null for all rows
     * @return one answer per item
     */
    public List<Answer> totals(String municipality) {
        List<Row> of = rows.stream().filter(r -> municipality == null || r.municipality().equals(municipality)).toList();
        List<Answer> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            int index = i;
            switch (item.kind()) {
                case COUNT -> {
                    int sum = of.stream().mapToInt(r -> r.answers().get(index).number().orElse(BigDecimal.ZERO).intValue()).sum();
                    out.add(new Answer(Status.VALUE, Integer.toString(sum), Optional.of(BigDecimal.valueOf(sum))));
                }
                case INDICATOR -> {
                    IndicatorKind k = IndicatorKind.valueOf(item.source().split(":", 2)[1]);
                    Indicators row = municipality == null ? indicators.territory()
                            : indicators.municipalities().stream().filter(m -> m.scope().name().equals(municipality))
                                    .findFirst().orElse(null);
                    out.add(row == null ? noData() : share(row.share(k)));
                }
                default -> {
                    long yes = of.stream().filter(r -> r.answers().get(index).status() == Status.YES).count();
                    long known = of.stream().filter(r -> r.answers().get(index).status() != Status.NO_DATA).count();
                    out.add(known == 0 ? noData() : new Answer(Status.VALUE, "да: " + yes + " из " + of.size()
                            + (known < of.size() ? " (нет данных: " + (of.size() - known) + ")" : ""),
                            Optional.of(BigDecimal.valueOf(yes))));
                }
            }
        }
        return out;
    }

    /** @return the municipalities of the rows, in row order */
    public List<String> municipalities() {
        Map<String, Boolean> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.municipality(), true));
        return new ArrayList<>(m.keySet());
    }
}
