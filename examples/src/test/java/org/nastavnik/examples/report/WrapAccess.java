package org.nastavnik.examples.report;

import java.util.List;

/** Test access to the package-private {@link Wrap}. */
public final class WrapAccess {
    private WrapAccess() {
    }

    public static List<String> lines(String text, int width) {
        return Wrap.lines(text, width);
    }
}
