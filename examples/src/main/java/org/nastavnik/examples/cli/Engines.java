package org.nastavnik.examples.cli;

import org.nastavnik.model.RegionCode;
import org.nastavnik.rules.ComplianceEngine;
import org.nastavnik.rules.Profiles;

/** The engine for a {@code --region} option: the federal rules, or a built-in region profile. */
final class Engines {
    private Engines() {
    }

    /**
     * @param region  the official region code given with {@code --region}, or null for the federal rules
     * @return the engine
     * @throws UserError if the code is not a region code or no profile is built in for it
     */
    static ComplianceEngine forRegion(String region) {
        if (region == null) {
            return ComplianceEngine.federal();
        }
        String code = region.strip();
        try {
            RegionCode.of(code);
        } catch (IllegalArgumentException e) {
            throw new UserError("--region " + Text.quote(region) + ": " + e.getMessage());
        }
        if (!Profiles.codes().contains(code)) {
            throw new UserError("--region " + Text.quote(region) + ": no built-in region profile for this code; built in: "
                    + String.join(", ", Profiles.codes()) + "; leave --region out to check against the federal rules");
        }
        return ComplianceEngine.forProfile(Profiles.region(code));
    }
}
