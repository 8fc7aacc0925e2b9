package org.nastavnik.examples.cli;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.nastavnik.model.RegionCode;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.ComplianceEngineBuilder;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.Profiles;
import org.nastavnik.rules.spi.RulePack;

/**
 * The engine for the rule options ({@code --region}, {@code --profile}, {@code --pack}): the
 * federal rules, a built-in region profile, a profile file, and pack jars, each jar in its own
 * class loader. Never falls back silently: a region with no rules of its own is refused.
 */
final class Engines {
    private Engines() {
    }

    /**
     * What the options select.
     *
     * @param profile  the profile, or null for the federal rules with the packs only
     * @param packs  the packs of the jars not already in the profile
     * @param region  the region the rules are for, or null
     * @param label  how messages name the choice, such as {@code --profile r66.properties (region 66)}
     */
    record Selection(Profile profile, List<RulePack> packs, String region, String label) {
        ComplianceEngine engine() {
            if (profile == null && packs.isEmpty()) {
                return ComplianceEngine.federal();
            }
            ComplianceEngineBuilder b = ComplianceEngine.builder();
            if (profile != null) {
                b.profile(profile);
            }
            packs.forEach(b::rulePack);
            try {
                return b.build();
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new UserError(label + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * @param region  the official region code given with {@code --region}, or null for the federal rules
     * @return the engine
     * @throws UserError if the code is not a region code or no profile is built in for it
     */
    static ComplianceEngine forRegion(String region) {
        return select(region, null, List.of()).engine();
    }

    static Selection select(String region, Path profileFile, List<Path> jars) {
        String code = null;
        if (region != null) {
            code = region.strip();
            try {
                RegionCode.of(code);
            } catch (IllegalArgumentException e) {
                throw new UserError("--region " + Text.quote(region) + ": " + e.getMessage());
            }
        }
        List<RulePack> jarPacks = new ArrayList<>();
        for (Path jar : jars) {
            jarPacks.addAll(packs(jar, jarPacks));
        }
        if (profileFile != null) {
            if (!Files.isRegularFile(profileFile) || !Files.isReadable(profileFile)) {
                throw new UserError("--profile " + profileFile + ": no such readable file");
            }
            Profile p;
            try {
                p = ProfileFiles.read(profileFile, jarPacks);
            } catch (IOException e) {
                throw new UserError("--profile " + profileFile + ": cannot read: " + e.getMessage(), e);
            } catch (IllegalArgumentException e) {
                throw new UserError(e.getMessage(), e);
            }
            String own = p.region().map(RegionCode::code).orElse(null);
            if (code != null && own != null && !code.equals(own)) {
                throw new UserError("--region " + code + " and --profile " + profileFile + " (region " + own
                        + ") name different regions; leave --region out or make them agree");
            }
            Set<String> named = new HashSet<>();
            p.rulePacks().forEach(x -> named.add(x.id()));
            List<RulePack> extra = jarPacks.stream().filter(x -> !named.contains(x.id())).toList();
            return new Selection(p, extra, own, "--profile " + profileFile + (own == null ? "" : " (region " + own + ")"));
        }
        String packsLabel = jars.isEmpty() ? "" : " --pack " + String.join(" --pack ", jars.stream().map(Path::toString).toList());
        if (code == null) {
            return new Selection(null, jarPacks, null, jars.isEmpty() ? "the federal rules" : packsLabel.strip());
        }
        if (Profiles.codes().contains(code)) {
            return new Selection(Profiles.region(code), jarPacks, code, "--region " + code + packsLabel);
        }
        if (jarPacks.isEmpty()) {
            throw new UserError("--region " + Text.quote(region) + ": no rules for this region: no built-in profile (built in: "
                    + String.join(", ", Profiles.codes()) + ") and no --profile or --pack; give the region's profile "
                    + "(--profile <file>) or pack (--pack <jar>), or leave --region out to check against the federal rules");
        }
        Profile.Builder b = Profile.builder().region(code);
        jarPacks.forEach(b::rulePack);
        try {
            return new Selection(b.build(), List.of(), code, "--region " + code + packsLabel);
        } catch (IllegalArgumentException e) {
            throw new UserError("--region " + code + packsLabel + ": " + e.getMessage(), e);
        }
    }

    /** The packs of one jar, loaded in a class loader of its own whose parent is this library's. */
    private static List<RulePack> packs(Path jar, List<RulePack> earlier) {
        if (!Files.isRegularFile(jar) || !Files.isReadable(jar)) {
            throw new UserError("--pack " + jar + ": no such readable file");
        }
        if (!jar.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) {
            throw new UserError("--pack " + jar + ": not a jar; a rule pack is a jar built as a kjar");
        }
        ClassLoader parent = Engines.class.getClassLoader();
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("pack " + jar.getFileName(), new URL[] {jar.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new UserError("--pack " + jar + ": " + e.getMessage(), e);
        }
        Map<String, RulePack> own = new LinkedHashMap<>();
        try {
            Set<String> inherited = new HashSet<>();
            RulePack.discover(parent).forEach(p -> inherited.add(p.id()));
            Profiles.builtInPacks().forEach(p -> inherited.add(p.id()));
            for (RulePack p : RulePack.discover(loader)) {
                if (!inherited.contains(p.id())) {
                    own.put(p.id(), p);
                }
            }
        } catch (IllegalArgumentException | java.util.ServiceConfigurationError e) {
            throw new UserError("--pack " + jar + ": " + e.getMessage(), e);
        }
        if (own.isEmpty()) {
            throw new UserError("--pack " + jar + ": no rule pack in it; a pack jar carries "
                    + "META-INF/nastavnik-pack.properties (or registers org.nastavnik.rules.spi.RulePack) "
                    + "and a new pack id (known already: " + String.join(", ", ids(earlier)) + ")");
        }
        for (RulePack p : earlier) {
            if (own.containsKey(p.id())) {
                throw new UserError("--pack " + jar + ": pack " + p.id() + " is given twice");
            }
        }
        return List.copyOf(own.values());
    }

    private static List<String> ids(List<RulePack> packs) {
        List<String> ids = new ArrayList<>(List.of(RulePack.federal().id()));
        Profiles.builtInPacks().forEach(p -> ids.add(p.id()));
        packs.forEach(p -> ids.add(p.id()));
        return ids;
    }

    /**
     * Refuses rules of one region on a snapshot of another, unless forced.
     *
     * @throws UserError naming both regions
     */
    static void checkRegion(Selection s, Snapshot snapshot, boolean force) {
        // a territory whose region was not stated (read from a document without one) has nothing to mismatch
        String mine = snapshot.territory().region().map(r -> r.code()).orElse(null);
        if (s.region() != null && mine != null && !s.region().equals(mine) && !force) {
            throw new UserError(s.label() + ": the rules are for region " + s.region() + ", but the snapshot's territory "
                    + "is in region " + mine + territory(snapshot) + "; check it with its own region's rules, or "
                    + "give --force-region to apply region " + s.region() + "'s rules anyway");
        }
    }

    private static String territory(Snapshot snapshot) {
        return snapshot.territory().municipality().map(m -> " (" + m + ")").orElse("");
    }
}
