package org.nastavnik.examples.bench;

/**
 * The named sizes of a synthetic territory: how many organizations, grouped in municipalities
 * of 50, and how many pairs an organization runs on average (each pair has about four
 * meetings).
 */
public enum Scale {
    /** One school: about 50 pairs. */
    SCHOOL(1, 50),
    /** A municipality: 50 organizations, about 2,500 pairs. */
    MUNICIPALITY(50, 50),
    /** A region: 1,000 organizations in 20 municipalities, about 50,000 pairs and 200,000 meetings. */
    REGION(1_000, 50),
    /** The country: 40,000 organizations in 800 municipalities of 80 regions, about 5 million pairs and 20 million meetings. */
    COUNTRY(40_000, 125);

    /** Organizations per municipality. */
    static final int MUNICIPALITY_SIZE = 50;
    /** Municipalities per region at country scale. */
    static final int REGION_SIZE = 10;

    private final int organizations;
    private final int meanPairs;

    Scale(int organizations, int meanPairs) {
        this.organizations = organizations;
        this.meanPairs = meanPairs;
    }

    /** @return the organizations */
    public int organizations() {
        return organizations;
    }

    /** @return the mean number of pairs per organization */
    public int meanPairsPerOrganization() {
        return meanPairs;
    }

    /** @return the municipalities, of up to 50 organizations each */
    public int municipalities() {
        return (organizations + MUNICIPALITY_SIZE - 1) / MUNICIPALITY_SIZE;
    }

    /**
     * @param name  a scale's name in any case, such as {@code region}
     * @return the scale
     * @throws IllegalArgumentException naming the scales if there is none of that name
     */
    public static Scale parse(String name) {
        for (Scale s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scale (" + name + "); known: school, municipality, region, country");
    }
}
