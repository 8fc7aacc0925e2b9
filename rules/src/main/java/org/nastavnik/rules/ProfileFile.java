package org.nastavnik.rules;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;

/** Reads a profile from a properties file; see {@link Profile#read(Reader, String, ClassLoader)}. */
final class ProfileFile {

    private static final String KNOWN = "region, municipality, packs, param.<parameter>, waive.<RULE_ID>, "
            + "relax.<parameter>, org.<id>.param.<parameter>, org.<id>.relax.<parameter>";

    private ProfileFile() {
    }

    static Profile read(Reader reader, String source, ClassLoader classLoader) throws IOException {
        return read(reader, source, classLoader, List.of());
    }

    static Profile read(Reader reader, String source, ClassLoader classLoader, java.util.Collection<RulePack> given)
            throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<String, String> keys = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> keys.put(k.trim(), p.getProperty(k).trim()));
        List<String> problems = new ArrayList<>();

        String region = keys.get("region");
        if (region == null || region.isEmpty()) {
            problems.add("region (" + (region == null ? "missing" : "") + "): required, the official region code "
                    + "such as 31");
        } else {
            try {
                RegionCode.of(region);
            } catch (IllegalArgumentException e) {
                problems.add("region (" + region + "): " + e.getMessage());
            }
        }
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> relax = new LinkedHashMap<>();
        Map<String, String> waive = new LinkedHashMap<>();
        Map<String, Map<String, String>> orgParams = new TreeMap<>();
        Map<String, Map<String, String>> orgRelax = new TreeMap<>();
        // The packs first, for the parameters they declare; their problems are listed in key order.
        List<String> packProblems = new ArrayList<>();
        List<RulePack> packs = keys.containsKey("packs") ? packs(keys.get("packs"), classLoader, given, packProblems)
                : new ArrayList<>();
        RuleParameters.Builder declared = RuleParameters.builder(); // the federal parameters and the packs'
        for (RulePack pack : packs) {
            try {
                declared.declare(pack.parameters());
            } catch (IllegalArgumentException e) {
                packProblems.add("packs (" + keys.get("packs") + "): rule pack " + pack.id() + ": " + e.getMessage());
            }
        }
        RuleParameters known = declared.build();
        for (Map.Entry<String, String> e : keys.entrySet()) {
            String key = e.getKey();
            String value = e.getValue();
            if (key.equals("region") || key.equals("municipality")) {
                continue;
            } else if (key.equals("packs")) {
                problems.addAll(packProblems);
            } else if (key.startsWith("param.")) {
                param(known, key, key.substring(6), value, params, problems);
            } else if (key.startsWith("relax.")) {
                reason(key, value, problems);
                relax.put(key.substring(6), value);
            } else if (key.startsWith("waive.")) {
                reason(key, value, problems);
                waivable(key, key.substring(6), value, packs, problems);
                waive.put(key.substring(6), value);
            } else if (key.matches("org\\.[^.]+\\.param\\..+")) {
                String[] parts = key.split("\\.", 4);
                param(known, key, parts[3], value, orgParams.computeIfAbsent(parts[1], x -> new LinkedHashMap<>()),
                        problems);
            } else if (key.matches("org\\.[^.]+\\.relax\\..+")) {
                String[] parts = key.split("\\.", 4);
                reason(key, value, problems);
                orgRelax.computeIfAbsent(parts[1], x -> new LinkedHashMap<>()).put(parts[3], value);
            } else {
                problems.add(key + " (" + value + "): unknown key; known: " + KNOWN);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(fail(source, problems));
        }
        Profile.Builder b = Profile.builder().region(region);
        String municipality = keys.get("municipality");
        if (municipality != null && !municipality.isEmpty()) {
            b.municipality(municipality);
        }
        packs.forEach(b::rulePack);
        params.forEach(b::parameter);
        relax.forEach(b::relax);
        waive.forEach(b::waive);
        TreeSet<String> orgs = new TreeSet<>(orgParams.keySet());
        orgs.addAll(orgRelax.keySet());
        orgs.forEach(org -> {
            b.organization(org);
            orgParams.getOrDefault(org, Map.of()).forEach(b::parameter);
            orgRelax.getOrDefault(org, Map.of()).forEach(b::relax);
        });
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("profile " + source + ": " + e.getMessage(), e);
        }
    }

    private static String fail(String source, List<String> problems) {
        return "profile " + source + " has " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + ":\n  " + String.join("\n  ", problems);
    }

    private static void param(RuleParameters known, String key, String name, String value, Map<String, String> into,
            List<String> problems) {
        try {
            known.toBuilder().set(name, value).build();
            into.put(name, value);
        } catch (IllegalArgumentException e) {
            problems.add(key + " (" + value + "): " + e.getMessage());
        }
    }

    /** Refuses a waiver of a rule that neither the federal catalogue nor the file's packs have. */
    private static void waivable(String key, String ruleId, String value, List<RulePack> packs, List<String> problems) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        Profile.descriptors(RulePack.federal()).forEach(d -> ids.add(d.id()));
        for (RulePack p : packs) {
            try {
                Profile.descriptors(p).forEach(d -> ids.add(d.id()));
            } catch (RuntimeException e) {
                return; // the pack's own problem is told when the engine is built
            }
        }
        if (!ids.contains(ruleId)) {
            List<String> near = NearIds.near(ruleId, ids);
            problems.add(key + " (" + value + "): no rule " + ruleId + " in the federal catalogue or the packs of the "
                    + "file to switch off" + (near.isEmpty() ? "; the rules are listed by the rules command"
                            : "; did you mean " + String.join(", ", near) + "?"));
        }
    }

    private static void reason(String key, String value, List<String> problems) {
        if (value.isEmpty()) {
            problems.add(key + " (): needs a reason, shown in every report");
        }
    }

    private static List<RulePack> packs(String value, ClassLoader classLoader, java.util.Collection<RulePack> given,
            List<String> problems) {
        Map<String, RulePack> known = new TreeMap<>();
        Profiles.builtInPacks().forEach(p -> known.put(p.id(), p));
        given.forEach(p -> known.putIfAbsent(p.id(), p));
        RulePack.discover(classLoader).forEach(p -> known.putIfAbsent(p.id(), p));
        List<RulePack> out = new ArrayList<>();
        for (String id : value.split(",")) {
            id = id.trim();
            if (id.isEmpty()) {
                continue;
            }
            RulePack pack = known.get(id);
            if (pack == null) {
                problems.add("packs (" + value + "): no rule pack with id " + id + "; known: "
                        + String.join(", ", known.keySet()));
            } else if (!pack.id().equals(RulePack.federal().id())) {
                out.add(pack);
            }
        }
        return out;
    }
}
