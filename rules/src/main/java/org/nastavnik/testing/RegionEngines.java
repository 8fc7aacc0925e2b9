package org.nastavnik.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.Profiles;
import org.nastavnik.rules.spi.RulePack;

/**
 * The engine a test gets for a region or profile ({@link NastavnikTest}); {@link #engineFor} is
 * the one place that decides. Engines of built-in profiles are built once per JVM. Never falls back
 * to the federal rules for a region silently.
 */
final class RegionEngines {

    /** The profile file a region's test class path may carry. */
    static final String PROFILE_RESOURCE = "nastavnik-profile.properties";

    private static final Map<String, ComplianceEngine> ENGINES = new ConcurrentHashMap<>();

    private RegionEngines() {
    }

    /**
     * @param region  the region of the test, or null for the federal rules
     * @return the engine of the region (as {@link #engineFor(RegionCode, String, Class, String)}
     *     finds it on this library's class path), or the federal engine for no region
     * @throws IllegalArgumentException if the region has no rules of its own
     */
    static ComplianceEngine engineFor(RegionCode region) {
        return engineFor(region, "", RegionEngines.class, region == null ? "" : "a scenario in region " + region.code());
    }

    /**
     * @param region  the region of the test, or null
     * @param profile  the profile resource or path of the test, or empty
     * @param testClass  the test class, whose class path is searched, not null
     * @param where  how messages name the annotation, such as {@code @NastavnikTest(region = "36") on MyTest}
     * @return the engine
     * @throws IllegalArgumentException naming the region and what was looked for, when the region
     *     has no rules of its own, or the profile is missing, unreadable, wrong or of another region
     */
    static ComplianceEngine engineFor(RegionCode region, String profile, Class<?> testClass, String where) {
        return engineFor(region, profile, testClass, testClass.getClassLoader(), where);
    }

    /** As {@link #engineFor(RegionCode, String, Class, String)}, looking for profiles and packs with {@code loader}. */
    static ComplianceEngine engineFor(RegionCode region, String profile, Class<?> testClass, ClassLoader loader,
            String where) {
        if (!profile.isBlank()) {
            Profile p = read(profile.strip(), testClass, loader, where);
            if (region != null && p.region().isPresent() && !p.region().get().equals(region)) {
                throw new IllegalArgumentException(where + ": the profile " + profile + " is for region "
                        + p.region().get().code() + ", not " + region.code() + "; make them agree");
            }
            return ComplianceEngine.forProfile(p);
        }
        if (region == null) {
            return ComplianceEngine.federal();
        }
        if (Profiles.codes().contains(region.code())) {
            return ENGINES.computeIfAbsent(region.code(), code -> ComplianceEngine.forProfile(Profiles.region(code)));
        }
        Profile onPath = profileOnClassPath(region, loader, where);
        if (onPath != null) {
            return ComplianceEngine.forProfile(onPath);
        }
        List<RulePack> packs = new ArrayList<>();
        List<String> builtIn = new ArrayList<>(List.of(RulePack.federal().id()));
        Profiles.builtInPacks().forEach(p -> builtIn.add(p.id()));
        for (RulePack p : RulePack.discover(loader)) {
            if (!builtIn.contains(p.id())) {
                packs.add(p);
            }
        }
        if (packs.isEmpty()) {
            throw new IllegalArgumentException(where + ": no rules for region " + region.code()
                    + ": no built-in profile (built in: " + String.join(", ", Profiles.codes()) + "), no "
                    + PROFILE_RESOURCE + " with region=" + region.code() + " and no rule pack on the test class path; "
                    + "put the region's pack on the test class path, name a profile with @NastavnikTest(profile = \"…\"), "
                    + "or leave region out to test the federal rules");
        }
        Profile.Builder b = Profile.builder().region(region.code());
        packs.forEach(b::rulePack);
        return ComplianceEngine.forProfile(b.build());
    }

    private static Profile read(String name, Class<?> testClass, ClassLoader loader, String where) {
        URL url = testClass.getResource(name);
        if (url == null && !name.startsWith("/")) {
            url = testClass.getResource("/" + name);
        }
        try {
            if (url != null) {
                try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return Profile.read(r, url.toString(), loader);
                }
            }
            Path file = Path.of(name);
            if (Files.isRegularFile(file)) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return Profile.read(r, file.toString(), loader);
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": the profile " + name + " cannot be read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(where + ": the profile " + name + " is neither a resource on the class path of "
                + testClass.getName() + " nor a file");
    }

    private static Profile profileOnClassPath(RegionCode region, ClassLoader loader, String where) {
        try {
            Enumeration<URL> urls = loader.getResources(PROFILE_RESOURCE);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                Properties p = new Properties();
                try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                if (region.code().equals(p.getProperty("region", "").strip())) {
                    try (InputStream in = url.openStream();
                            Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        return Profile.read(r, url.toString(), loader);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": cannot read " + PROFILE_RESOURCE + ": " + e.getMessage(), e);
        }
        return null;
    }
}
