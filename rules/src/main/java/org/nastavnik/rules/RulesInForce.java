package org.nastavnik.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rules in force (действующие на дату) over time: the days on which some rule takes effect
 * or ends split time into periods, and in each period one set of rules is in force. A check as
 * of a day applies the set of its period. Immutable.
 */
final class RulesInForce {

    /** One period and the rules in force throughout it. */
    record Period(LocalDate from, LocalDate until, Set<String> ruleIds) {

        /** @return the period in a rule-set version: {@code ;inForce=2023-03-06..2025-02-28}, open ends left empty */
        String version() {
            return ";inForce=" + (from.equals(LocalDate.MIN) ? "" : from.toString()) + ".."
                    + (until.equals(LocalDate.MAX) ? "" : until.toString());
        }

        boolean contains(String ruleId) {
            return ruleIds.contains(ruleId);
        }
    }

    private final TreeMap<LocalDate, Period> periods = new TreeMap<>();

    /**
     * @param rules  the descriptors, by id
     * @param evaluated  the ids of the rules that may fire at all (not switched off)
     */
    RulesInForce(Map<String, RuleDescriptor> rules, Collection<String> evaluated) {
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(LocalDate.MIN);
        for (String id : evaluated) {
            RuleDescriptor d = rules.get(id);
            starts.add(d.inForceFrom());
            d.inForceUntil().filter(u -> u.isBefore(LocalDate.MAX)).ifPresent(u -> starts.add(u.plusDays(1)));
        }
        List<LocalDate> days = new ArrayList<>(starts);
        for (int i = 0; i < days.size(); i++) {
            LocalDate from = days.get(i);
            LocalDate until = i + 1 < days.size() ? days.get(i + 1).minusDays(1) : LocalDate.MAX;
            Set<String> ids = new TreeSet<>();
            for (String id : evaluated) {
                if (rules.get(id).inForceOn(from)) {
                    ids.add(id);
                }
            }
            periods.put(from, new Period(from, until, Set.copyOf(ids)));
        }
    }

    /**
     * @param day  a day, not null
     * @return the period the day falls in, with the rules in force on it
     */
    Period on(LocalDate day) {
        return periods.floorEntry(day).getValue();
    }

    /** @return every period, in order */
    Collection<Period> periods() {
        return periods.values();
    }
}
