package org.nastavnik.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Collects findings while a document is read. */
final class Findings {
    private static final int MAX_SNIPPET = 300;
    private final List<DocumentFinding> list = new ArrayList<>();

    void add(FindingCode code, String russian, String english, int line, @Nullable String row, String snippet) {
        list.add(DocumentFinding.of(code, russian, english, line, row, SourceText.shorten(snippet, MAX_SNIPPET)));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<DocumentFinding> sorted() {
        List<DocumentFinding> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparingInt(DocumentFinding::line));
        return copy;
    }
}
