package org.nastavnik.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Near rule ids by edit distance, for messages about a mistyped id («did you mean …?»): the engine's
 * waivers, profile files and the testing assertions name them the same way.
 */
public final class NearIds {

    private NearIds() {
    }

    /**
     * @param id  the id as written, not null
     * @param known  the ids there are, not null
     * @return up to three ids nearest to {@code id} by edit distance, within a third of its length (at least 3)
     */
    public static List<String> near(String id, Collection<String> known) {
        int limit = Math.max(3, id.length() / 3);
        return known.stream().map(k -> new Object[] {k, distance(id, k)}).filter(p -> (int) p[1] <= limit)
                .sorted(Comparator.<Object[]>comparingInt(p -> (int) p[1]).thenComparing(p -> (String) p[0]))
                .limit(3).map(p -> (String) p[0]).toList();
    }

    /**
     * @param a  a string, not null
     * @param b  another, not null
     * @return the Levenshtein distance of the two
     */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
