package org.nastavnik.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.nastavnik.rules.Profile;
import org.nastavnik.rules.spi.RulePack;

/** Reads a rule profile file given on the command line. */
final class ProfileFiles {
    private ProfileFiles() {
    }

    static Profile read(Path file, List<RulePack> packs) throws IOException {
        if (ProfileSheet.isSheet(file)) {
            return ProfileSheet.read(file, packs);
        }
        return Profile.read(file, packs);
    }
}
