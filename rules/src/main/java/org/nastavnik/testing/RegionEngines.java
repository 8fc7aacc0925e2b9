package org.nastavnik.testing;

import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.ComplianceEngine;

/**
 * The engine a test gets for a region. Until region profiles exist every region gets the
 * federal engine; {@link #engineFor} is the one place to change when they do.
 */
final class RegionEngines {

    private RegionEngines() {
    }

    /**
     * @param region  the region of the test, or null for the federal profile
     * @return the engine for the region's profile: for now the federal engine, whatever the region
     */
    static ComplianceEngine engineFor(RegionCode region) {
        return ComplianceEngine.federal();
    }
}
