package org.nastavnik.examples.cli;

import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.ComplianceEngine;

/** The engine for a {@code --region} option: the federal rules, or a region's profile. */
final class Engines {
    private Engines() {
    }

    /**
     * @param region  the official region code given with {@code --region}, or null for the federal rules
     * @return the engine
     * @throws UserError if the code is not a region code or no profile is known for it
     */
    static ComplianceEngine forRegion(String region) {
        if (region == null) {
            return ComplianceEngine.federal();
        }
        try {
            RegionCode.of(region.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError("--region \"" + region + "\": " + e.getMessage());
        }
        throw new UserError("--region \"" + region + "\": no region profile is known for this code; "
                + "leave --region out to check against the federal rules");
    }
}
