package org.nastavnik.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nastavnik.model.Snapshot;
import org.nastavnik.rules.ComplianceEngine;
import picocli.CommandLine.Option;

/**
 * The options of every command that checks: which rules apply (a built-in region, a profile file,
 * pack jars) and whether the region may differ from the snapshot's. One mixin, shared.
 */
final class RuleOptions {

    @Option(names = "--region", paramLabel = "<code>",
            description = "The official region code whose rules apply, such as 31: a built-in profile (23, 31, 42, 61, 62), "
                    + "or any region with --pack or --profile (default: the profile's region, else the federal rules).")
    String region;

    @Option(names = "--profile", paramLabel = "<file>",
            description = "A rule profile file (nastavnik-profile.properties, or .xlsx/.csv as the spreadsheet form): "
                    + "region, packs, parameters, waivers with reasons.")
    Path profile;

    @Option(names = "--pack", paramLabel = "<jar>",
            description = "A rule pack jar, loaded in its own class loader; repeatable. Its rules are added; a profile "
                    + "may name it in packs= and set its parameters.")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--force-region",
            description = "Apply the region's rules even when the snapshot's territory is in another region.")
    boolean forceRegion;

    /** @return the rules these options select */
    Engines.Selection select() {
        return Engines.select(region, profile, packs);
    }

    /**
     * @param snapshot  the snapshot to check, or null when there is none (rules)
     * @return the engine of these options, checked against the snapshot's region
     * @throws UserError if an option is wrong or the region is not the snapshot's (without --force-region)
     */
    ComplianceEngine engine(Snapshot snapshot) {
        Engines.Selection s = select();
        if (snapshot != null) {
            Engines.checkRegion(s, snapshot, forceRegion);
        }
        return s.engine();
    }
}
