package org.nastavnik.rules;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.nastavnik.common.Language;
import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;
import org.nastavnik.rules.spi.Parameter;

/**
 * A layered rule configuration: federal → region → municipality → organizations. Each layer
 * may change {@link RuleParameters}, add {@link RulePack}s and switch rules off with a reason;
 * an organization layer changes parameters only, and the engine checks that organization with
 * them ({@link ComplianceEngine#forProfile(Profile)}). Immutable.
 *
 * <pre>{@code
 * Profile p = Profile.builder()
 *         .region("31")
 *             .rulePack(myRegionPack)
 *             .parameter("pairWindowDays", "10")          // stricter than the federal 14: fine
 *         .municipality("город Белгород")
 *             .waive("MENTOR_OVERLOAD", "no cap set by the municipality")
 *         .organization("school-12")
 *             .parameter("pairWindowDays", "7")
 *         .build();
 * }</pre>
 *
 * <p>A lower layer may make a rule stricter or add rules. It may not weaken a violation-level
 * rule of a higher layer (move a parameter that rule reads the weaker way, as
 * {@link Parameter#weakerWhen()} says) unless it states a reason with
 * {@link Builder#relax(String, String)}: the reason then shows in every report as a
 * {@link Waiver#relaxation(String, String, String) relaxation}. Switching a rule off always
 * needs a reason ({@link Builder#waive(String, String)}), which every report shows too.
 *
 * <p>Profiles can also be read from a properties file, see {@link #read(Reader, String, ClassLoader)}.
 */
public final class Profile {

    private static final Map<RulePack, List<RuleDescriptor>> DESCRIPTORS = new ConcurrentHashMap<>();
    private static final Profile FEDERAL = builder().build();

    private final List<ProfileLayer> layers;
    private final RuleParameters parameters;
    private final Map<String, RuleParameters> organizationParameters;
    private final List<RulePack> rulePacks;
    private final List<Waiver> waivers;

    private Profile(List<ProfileLayer> layers, RuleParameters parameters, Map<String, RuleParameters> organizations,
            List<RulePack> rulePacks, List<Waiver> waivers) {
        this.layers = List.copyOf(layers);
        this.parameters = parameters;
        this.organizationParameters = Collections.unmodifiableMap(new TreeMap<>(organizations));
        this.rulePacks = List.copyOf(rulePacks);
        this.waivers = List.copyOf(waivers);
    }

    /** @return the federal profile: the federal catalogue with the federal defaults */
    public static Profile federal() {
        return FEDERAL;
    }

    /** @return a builder whose first layer is the federal base */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a profile file ({@code nastavnik-profile.properties}, UTF-8):
     *
     * <pre>
     * region=31                              # required: the official region code
     * municipality=город Белгород            # optional: adds a municipality layer
     * packs=r31-belgorod,region-66-example   # rule packs by id: built-in or on the class path
     * param.pairWindowDays=10                # parameters of the region (or municipality) layer
     * waive.MENTOR_OVERLOAD=why it is off    # a rule switched off, with the reason
     * relax.pairWindowDays=why it is weaker  # allows weakening a violation-level rule, with the reason
     * org.school-12.param.pairWindowDays=7   # an organization layer: parameters only
     * org.school-12.relax.pairWindowDays=why
     * </pre>
     *
     * <p>{@code param.*}, {@code waive.*}, {@code relax.*} and {@code packs} belong to the
     * deepest territorial layer of the file: the municipality if given, else the region.
     *
     * @param reader  the file's text, not null
     * @param source  the file's name, for messages, not null
     * @param classLoader  where to look for rule packs that are not built in (by
     *     {@link java.util.ServiceLoader}), not null
     * @return the profile
     * @throws IllegalArgumentException if the file has problems: the message lists every one,
     *     each with its key, value and the allowed values
     * @throws IOException if the reader fails
     */
    public static Profile read(Reader reader, String source, ClassLoader classLoader) throws IOException {
        return ProfileFile.read(reader, source, classLoader);
    }

    /**
     * Reads a profile file from a path, looking for rule packs on this library's class loader.
     *
     * @param file  the file, UTF-8, not null
     * @return the profile
     * @throws IllegalArgumentException if the file has problems: the message lists every one
     * @throws IOException if the file cannot be read
     */
    public static Profile read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString(), Profile.class.getClassLoader());
        }
    }

    /**
     * Reads a profile file from a path; its {@code packs=} may name, besides the built-in packs and
     * those on this library's class path, the given packs (such as packs loaded from jars).
     *
     * @param file  the file, UTF-8, not null
     * @param packs  the rule packs the file may name, not null
     * @return the profile
     * @throws IllegalArgumentException if the file has problems: the message names the file and
     *     lists every one, each with its key, value and what is allowed
     * @throws IOException if the file cannot be read
     */
    public static Profile read(Path file, java.util.Collection<RulePack> packs) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return ProfileFile.read(r, file.toString(), Profile.class.getClassLoader(), List.copyOf(packs));
        }
    }

    /** @return the layers, from the federal base down */
    public List<ProfileLayer> layers() {
        return layers;
    }

    /** @return the region of the profile, if it has a region layer */
    public Optional<RegionCode> region() {
        return layers.stream().filter(l -> l.level() == ProfileLayer.Level.REGION).findFirst()
                .map(l -> RegionCode.of(l.name()));
    }

    /** @return the municipality of the profile, if it has a municipality layer */
    public Optional<String> municipality() {
        return layers.stream().filter(l -> l.level() == ProfileLayer.Level.MUNICIPALITY).findFirst()
                .map(ProfileLayer::name);
    }

    /** @return the parameters of the territory: federal defaults changed by the region and municipality layers */
    public RuleParameters parameters() {
        return parameters;
    }

    /** @return the parameters of each organization that has a layer, by organization id */
    public Map<String, RuleParameters> organizationParameters() {
        return organizationParameters;
    }

    /**
     * @param organizationId  an organization id, not null
     * @return the parameters the organization is checked with: its layer's, else the territory's
     */
    public RuleParameters parametersFor(String organizationId) {
        return organizationParameters.getOrDefault(Objects.requireNonNull(organizationId), parameters);
    }

    /** @return the rule packs of every layer, the federal one first */
    public List<RulePack> rulePacks() {
        return rulePacks;
    }

    /** @return the rules switched off and the relaxations of every layer, each with its reason */
    public List<Waiver> waivers() {
        return waivers;
    }

    @Override
    public String toString() {
        return "Profile" + layers;
    }

    /** The descriptors of a pack's rules, loaded once per pack. */
    static List<RuleDescriptor> descriptors(RulePack pack) {
        return DESCRIPTORS.computeIfAbsent(pack, p -> {
            List<String> ignored = new ArrayList<>();
            PackLoader.LoadedPack loaded = PackLoader.load(p, PackLoader.readMessages(RulePack.federal(), Language.RU),
                    ignored);
            List<RuleDescriptor> list = new ArrayList<>();
            loaded.texts().values().forEach(t -> list.add(t.descriptor));
            return List.copyOf(list);
        });
    }

    /**
     * Builds a {@link Profile} layer by layer: {@link #region(String)}, then optionally
     * {@link #municipality(String)}, then any number of {@link #organization(String)}s; each
     * call to {@link #parameter}, {@link #rulePack}, {@link #waive} or {@link #relax} applies
     * to the layer opened last. Problems are collected and reported together by {@link #build()}.
     * Not thread-safe.
     */
    public static final class Builder {

        private final List<Draft> drafts = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();

        private Builder() {
            drafts.add(new Draft(ProfileLayer.Level.FEDERAL, "federal"));
            drafts.get(0).packs.add(RulePack.federal());
        }

        /**
         * Opens the region layer; it must come right after the federal base.
         *
         * @param code  the official region code, such as {@code 31}
         * @return this builder
         */
        public Builder region(String code) {
            try {
                RegionCode.of(Objects.requireNonNull(code, "code"));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
            if (drafts.size() != 1) {
                problems.add("region layer (" + code + ") must come right after the federal base, before "
                        + current().label());
            }
            drafts.add(new Draft(ProfileLayer.Level.REGION, code));
            return this;
        }

        /**
         * Opens the municipality layer; it must come right after the region layer.
         *
         * @param name  the municipality, such as «город Донецк», not blank
         * @return this builder
         */
        public Builder municipality(String name) {
            if (name == null || name.isBlank()) {
                problems.add("municipality layer has a blank name");
                name = String.valueOf(name);
            }
            if (current().level != ProfileLayer.Level.REGION) {
                problems.add("municipality layer (" + name + ") must come right after a region layer, not after "
                        + current().label());
            }
            drafts.add(new Draft(ProfileLayer.Level.MUNICIPALITY, name.trim()));
            return this;
        }

        /**
         * Opens an organization layer: parameters only, with which the engine checks that organization.
         *
         * @param organizationId  the organization's id in the snapshot, not blank
         * @return this builder
         */
        public Builder organization(String organizationId) {
            if (organizationId == null || organizationId.isBlank()) {
                problems.add("organization layer has a blank id");
                organizationId = String.valueOf(organizationId);
            }
            String id = organizationId.trim();
            if (drafts.stream().anyMatch(d -> d.level == ProfileLayer.Level.ORGANIZATION && d.name.equals(id))) {
                problems.add("organization layer " + id + " is given twice");
            }
            drafts.add(new Draft(ProfileLayer.Level.ORGANIZATION, id));
            return this;
        }

        /**
         * Sets a parameter in the current layer, as text.
         *
         * @param key  the parameter's key, such as {@code pairWindowDays}
         * @param value  the value, such as {@code 10}, {@code none} or {@code --10-01}
         * @return this builder
         */
        public Builder parameter(String key, String value) {
            Draft d = changeable("parameter " + key);
            if (d != null) {
                d.parameters.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value").trim());
            }
            return this;
        }

        /**
         * Sets a parameter in the current layer, typed.
         *
         * @param parameter  the parameter, such as {@link RuleParameters#PAIR_WINDOW_DAYS}, not null
         * @param value  the value, not null
         * @param <T>  its type
         * @return this builder
         */
        public <T> Builder parameter(Parameter<T> parameter, T value) {
            return parameter(parameter.key(), parameter.format(Objects.requireNonNull(value, "value")));
        }

        /**
         * Adds a rule pack in the current layer (not an organization layer).
         *
         * @param pack  the pack, not null
         * @return this builder
         */
        public Builder rulePack(RulePack pack) {
            Objects.requireNonNull(pack, "pack");
            Draft d = territorial("rule pack " + pack.id());
            if (d != null) {
                d.packs.add(pack);
            }
            return this;
        }

        /**
         * Switches a rule off in the current layer (not an organization layer), visibly.
         *
         * @param ruleId  the rule's id
         * @param reason  why, shown in every report, not blank
         * @return this builder
         */
        public Builder waive(String ruleId, String reason) {
            Draft d = territorial("waiver of " + ruleId);
            if (d == null) {
                return this;
            }
            if (reason == null || reason.isBlank()) {
                problems.add(d.label() + ": switching off rule " + ruleId + " needs a reason; none was given");
            } else {
                d.waivers.add(Waiver.of(ruleId, reason.trim()));
            }
            return this;
        }

        /**
         * States why the current layer weakens a parameter that a violation-level rule of a
         * higher layer reads; without it such a change is refused. The reason, with the values,
         * shows in every report.
         *
         * @param key  the parameter's key, such as {@code pairWindowDays}
         * @param reason  why, not blank
         * @return this builder
         */
        public Builder relax(String key, String reason) {
            Draft d = changeable("relaxation of " + key);
            if (d == null) {
                return this;
            }
            if (reason == null || reason.isBlank()) {
                problems.add(d.label() + ": relaxing parameter " + key + " needs a reason; none was given");
            } else {
                d.relaxations.put(key, reason.trim());
            }
            return this;
        }

        /**
         * Builds the profile: applies the layers from the top and checks each change against
         * the rules of the layers above.
         *
         * @return the profile
         * @throws IllegalArgumentException if a layer is out of order, a parameter is unknown,
         *     unreadable or out of range, a layer weakens a violation-level rule of a higher layer
         *     without a reason, or a reason is blank; the message lists every problem
         */
        public Profile build() {
            List<String> all = new ArrayList<>(problems);
            List<ProfileLayer> layers = new ArrayList<>();
            List<RulePack> packs = new ArrayList<>();
            List<Waiver> waivers = new ArrayList<>();
            List<RuleDescriptor> above = new ArrayList<>();
            Set<String> off = new HashSet<>();
            RuleParameters territory = declared(drafts, all);
            Map<String, RuleParameters> organizations = new LinkedHashMap<>();
            for (Draft d : drafts) {
                layers.add(new ProfileLayer(d.level, d.name, d.parameters, d.packs, d.waivers, d.relaxations));
                if (d.level == ProfileLayer.Level.ORGANIZATION) {
                    organizations.put(d.name, apply(d, territory, above, off, waivers, all));
                    continue;
                }
                if (d.level != ProfileLayer.Level.FEDERAL) {
                    territory = apply(d, territory, above, off, waivers, all);
                }
                d.waivers.forEach(w -> off.add(w.ruleId()));
                waivers.addAll(d.waivers);
                for (RulePack p : d.packs) {
                    packs.add(p);
                    above.addAll(descriptors(p));
                }
            }
            if (!all.isEmpty()) {
                throw new IllegalArgumentException("the profile has " + all.size() + " problem"
                        + (all.size() == 1 ? "" : "s") + ":\n  " + String.join("\n  ", all));
            }
            return new Profile(layers, territory, organizations, packs, waivers);
        }

        /**
         * @return the federal defaults with the parameters the packs of every layer declare, so
         *     that a layer may set a pack's parameter whichever layer adds the pack
         */
        private static RuleParameters declared(List<Draft> drafts, List<String> problems) {
            RuleParameters.Builder b = RuleParameters.builder();
            for (Draft d : drafts) {
                for (RulePack p : d.packs) {
                    try {
                        b.declare(p.parameters());
                    } catch (IllegalArgumentException e) {
                        problems.add(d.label() + ": rule pack " + p.id() + ": " + e.getMessage());
                    }
                }
            }
            return b.build();
        }

        /** Applies a layer's parameters on top of {@code base}; records refused weakenings and relaxations. */
        private static RuleParameters apply(Draft d, RuleParameters base, List<RuleDescriptor> above, Set<String> off,
                List<Waiver> waivers, List<String> problems) {
            RuleParameters.Builder b = base.toBuilder();
            Set<String> readable = new HashSet<>();
            d.parameters.forEach((key, value) -> {
                try {
                    b.set(key, value);
                    readable.add(key);
                } catch (IllegalArgumentException e) {
                    problems.add(d.label() + ": " + e.getMessage());
                }
            });
            RuleParameters next;
            try {
                next = b.build();
            } catch (IllegalArgumentException e) {
                problems.add(d.label() + ": " + e.getMessage());
                return base;
            }
            for (String key : d.parameters.keySet()) {
                if (!readable.contains(key) || !next.isWeakerThan(key, base)) {
                    continue;
                }
                String reason = d.relaxations.get(key);
                Parameter<?> declared = base.declared(key).orElseThrow();
                String direction = declared.weakerWhen() == Parameter.WeakerWhen.HIGHER ? "higher" : "lower";
                String origin = RuleParameters.federalParameters().contains(declared) ? "federal value " : "default ";
                for (RuleDescriptor r : above) {
                    if (off.contains(r.id()) || r.parameters().stream().noneMatch(p -> p.key().equals(key))) {
                        continue;
                    }
                    if (reason != null) {
                        waivers.add(Waiver.relaxation(r.id(), key, key + " " + base.text(key) + " → " + next.text(key)
                                + " (" + d.label() + "): " + reason));
                    } else if (r.severity() == Severity.VIOLATION) {
                        problems.add(d.label() + ": parameter " + key + " weakened from " + base.text(key) + " to "
                                + next.text(key) + " (" + origin + declared.defaultText() + "; "
                                + direction + " is weaker), but rule " + r.id() + " of pack " + r.packId()
                                + " is a VIOLATION that reads it; make it stricter, or state a reason: relax." + key
                                + "=<why>");
                    }
                }
            }
            for (String key : d.relaxations.keySet()) {
                if (!d.parameters.containsKey(key)) {
                    problems.add(d.label() + ": relax." + key + " states a reason, but the layer does not set " + key);
                } else if (readable.contains(key) && !next.isWeakerThan(key, base)) {
                    problems.add(d.label() + ": relax." + key + " states a reason, but the layer does not weaken "
                            + key + " (" + base.text(key) + " → " + next.text(key) + ")");
                }
            }
            return next;
        }

        private Draft current() {
            return drafts.get(drafts.size() - 1);
        }

        private Draft changeable(String what) {
            if (current().level == ProfileLayer.Level.FEDERAL) {
                problems.add(what + " given before any layer: open one with region(…), municipality(…) or "
                        + "organization(…) first; the federal base does not change");
                return null;
            }
            return current();
        }

        private Draft territorial(String what) {
            Draft d = changeable(what);
            if (d != null && d.level == ProfileLayer.Level.ORGANIZATION) {
                problems.add(d.label() + ": " + what + " refused; an organization layer changes parameters only");
                return null;
            }
            return d;
        }
    }

    /** A layer being built. */
    private static final class Draft {
        final ProfileLayer.Level level;
        final String name;
        final Map<String, String> parameters = new LinkedHashMap<>();
        final List<RulePack> packs = new ArrayList<>();
        final List<Waiver> waivers = new ArrayList<>();
        final Map<String, String> relaxations = new LinkedHashMap<>();

        Draft(ProfileLayer.Level level, String name) {
            this.level = level;
            this.name = name;
        }

        String label() {
            return new ProfileLayer(level, name, Map.of(), List.of(), List.of(), Map.of()).label();
        }
    }
}
