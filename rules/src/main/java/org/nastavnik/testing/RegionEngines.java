package org.nastavnik.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Profiles;

/**
 * The engine a test gets for a region: the engine of the region's built-in profile
 * ({@link Profiles#region(String)}: 23, 31, 42, 61, 62), else the federal engine. Each engine
 * is built once per JVM. {@link #engineFor} is the one place that decides.
 */
final class RegionEngines {

    private static final Map<String, ComplianceEngine> ENGINES = new ConcurrentHashMap<>();

    private RegionEngines() {
    }

    /**
     * @param region  the region of the test, or null for the federal rules
     * @return the engine of the region's built-in profile, or the federal engine if it has none
     */
    static ComplianceEngine engineFor(RegionCode region) {
        if (region == null || !Profiles.codes().contains(region.code())) {
            return ComplianceEngine.federal();
        }
        return ENGINES.computeIfAbsent(region.code(), code -> ComplianceEngine.forProfile(Profiles.region(code)));
    }
}
