package org.nastavnik.suggest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The caller's preferences for one suggestion: the weight of each {@link Criterion}, the day the
 * pairs start, pairs or groups, the capacity of a mentor who stated none, the gaps sought, and
 * the pairs the curator fixed by hand. Immutable; build with {@link #builder()}.
 *
 * <p>Defaults: topics {@link Weight#HIGH}, requests {@link Weight#HIGH}, gap {@link Weight#MEDIUM},
 * load {@link Weight#MEDIUM}, unit {@link Weight#LOW}; pairs start on the suggestion's date;
 * {@link Grouping#GROUPS}; a mentor takes up to 3 mentees when neither the region
 * ({@code maxMenteesPerMentor}) nor the mentor says; grade gap 2..4; experience gap at least 5 years.
 */
public final class Preferences {
    private static final Preferences DEFAULTS = builder().build();

    private final Map<Criterion, Weight> weights;
    private final LocalDate startOn;
    private final Grouping grouping;
    private final int defaultCapacity;
    private final int minGradeGap;
    private final int maxGradeGap;
    private final int minExperienceGap;
    private final List<FixedPair> fixedPairs;

    private Preferences(Builder b) {
        this.weights = Map.copyOf(b.weights);
        this.startOn = b.startOn;
        this.grouping = b.grouping;
        this.defaultCapacity = b.defaultCapacity;
        this.minGradeGap = b.minGradeGap;
        this.maxGradeGap = b.maxGradeGap;
        this.minExperienceGap = b.minExperienceGap;
        this.fixedPairs = List.copyOf(b.fixedPairs);
    }

    /** @return the default preferences */
    public static Preferences defaults() {
        return DEFAULTS;
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param criterion  a criterion, not null
     * @return its weight
     */
    public Weight weight(Criterion criterion) {
        return weights.get(criterion);
    }

    /** @return the day the suggested pairs start (are formed), if not the suggestion's date */
    public Optional<LocalDate> startOn() {
        return Optional.ofNullable(startOn);
    }

    /** @return pairs or groups */
    public Grouping grouping() {
        return grouping;
    }

    /** @return the most mentees of a mentor when neither the region nor the mentor states a capacity */
    public int defaultCapacity() {
        return defaultCapacity;
    }

    /** @return the smallest grade gap sought between a student mentor and mentee */
    public int minGradeGap() {
        return minGradeGap;
    }

    /** @return the largest grade gap sought between a student mentor and mentee */
    public int maxGradeGap() {
        return maxGradeGap;
    }

    /** @return the fewest years of experience a teacher mentor should have over the mentee */
    public int minExperienceGap() {
        return minExperienceGap;
    }

    /** @return the pairs and groups the curator fixed by hand, kept as they are */
    public List<FixedPair> fixedPairs() {
        return fixedPairs;
    }

    @Override
    public String toString() {
        return "Preferences{weights=" + new java.util.TreeMap<>(weights) + ", startOn=" + startOn + ", grouping="
                + grouping + ", defaultCapacity=" + defaultCapacity + ", gradeGap=" + minGradeGap + ".." + maxGradeGap
                + ", minExperienceGap=" + minExperienceGap + ", fixedPairs=" + fixedPairs + "}";
    }

    /** A pair or group the curator fixed by hand: kept in the suggestions as it is. */
    public static final class FixedPair {
        private final String mentorId;
        private final List<String> menteeIds;

        FixedPair(String mentorId, List<String> menteeIds) {
            this.mentorId = mentorId;
            this.menteeIds = List.copyOf(menteeIds);
        }

        /** @return the mentor's id */
        public String mentorId() {
            return mentorId;
        }

        /** @return the mentees' ids */
        public List<String> menteeIds() {
            return menteeIds;
        }

        @Override
        public String toString() {
            return mentorId + "→" + menteeIds;
        }
    }

    /** Builds {@link Preferences}; every setter checks its value and names it when it is wrong. */
    public static final class Builder {
        private final Map<Criterion, Weight> weights = new EnumMap<>(Criterion.class);
        private LocalDate startOn;
        private Grouping grouping = Grouping.GROUPS;
        private int defaultCapacity = 3;
        private int minGradeGap = 2;
        private int maxGradeGap = 4;
        private int minExperienceGap = 5;
        private final List<FixedPair> fixedPairs = new ArrayList<>();

        private Builder() {
            weights.put(Criterion.TOPICS, Weight.HIGH);
            weights.put(Criterion.REQUESTS, Weight.HIGH);
            weights.put(Criterion.GAP, Weight.MEDIUM);
            weights.put(Criterion.LOAD, Weight.MEDIUM);
            weights.put(Criterion.UNIT, Weight.LOW);
        }

        /**
         * @param criterion  the criterion, not null
         * @param weight  its weight, not null; {@link Criterion#LOAD} cannot be {@link Weight#MUST}
         * @return this builder
         * @throws IllegalArgumentException if either is null, or load is made a must
         */
        public Builder weight(Criterion criterion, Weight weight) {
            if (criterion == null || weight == null) {
                throw new IllegalArgumentException("weight: criterion (" + criterion + ") and weight (" + weight
                        + ") are required; weights: " + java.util.Arrays.toString(Weight.values()));
            }
            if (criterion == Criterion.LOAD && weight == Weight.MUST) {
                throw new IllegalArgumentException("weight of LOAD (MUST): spreading load cannot be a hard condition; "
                        + "use HIGH, MEDIUM, LOW or OFF");
            }
            weights.put(criterion, weight);
            return this;
        }

        /**
         * @param date  the day the suggested pairs start (are formed and checked on), not null
         * @return this builder
         * @throws IllegalArgumentException if the date is null
         */
        public Builder startOn(LocalDate date) {
            if (date == null) {
                throw new IllegalArgumentException("startOn (null): name the day the pairs start");
            }
            this.startOn = date;
            return this;
        }

        /**
         * @param grouping  pairs or groups, not null
         * @return this builder
         * @throws IllegalArgumentException if null
         */
        public Builder grouping(Grouping grouping) {
            if (grouping == null) {
                throw new IllegalArgumentException("grouping (null): use PAIRS or GROUPS");
            }
            this.grouping = grouping;
            return this;
        }

        /**
         * @param mentees  the most mentees of a mentor when nobody states a capacity, 1..100
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder defaultCapacity(int mentees) {
            if (mentees < 1 || mentees > 100) {
                throw new IllegalArgumentException("defaultCapacity (" + mentees + "): must be 1..100 mentees");
            }
            this.defaultCapacity = mentees;
            return this;
        }

        /**
         * @param min  the smallest grade gap sought, 0..10
         * @param max  the largest, min..10
         * @return this builder
         * @throws IllegalArgumentException if out of range or in the wrong order
         */
        public Builder gradeGap(int min, int max) {
            if (min < 0 || max > 10 || min > max) {
                throw new IllegalArgumentException("gradeGap (" + min + ".." + max + "): must be within 0..10, min not above max");
            }
            this.minGradeGap = min;
            this.maxGradeGap = max;
            return this;
        }

        /**
         * @param years  the fewest years of experience a teacher mentor should have over the mentee, 0..50
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder minExperienceGap(int years) {
            if (years < 0 || years > 50) {
                throw new IllegalArgumentException("minExperienceGap (" + years + "): must be 0..50 years");
            }
            this.minExperienceGap = years;
            return this;
        }

        /**
         * Keeps a pair or group the curator fixed by hand. Its people are checked against the
         * snapshot when suggesting; the engine's findings about it are reported with it.
         *
         * @param mentorId  the mentor's id, not blank
         * @param menteeIds  the mentees' ids, at least one, none blank
         * @return this builder
         * @throws IllegalArgumentException if an id is blank or no mentee is given
         */
        public Builder fixedPair(String mentorId, String... menteeIds) {
            List<String> problems = new ArrayList<>();
            if (mentorId == null || mentorId.isBlank()) {
                problems.add("mentorId (" + mentorId + ") is blank");
            }
            if (menteeIds == null || menteeIds.length == 0) {
                problems.add("no mentee is given");
            } else {
                for (int i = 0; i < menteeIds.length; i++) {
                    if (menteeIds[i] == null || menteeIds[i].isBlank()) {
                        problems.add("menteeIds[" + i + "] (" + menteeIds[i] + ") is blank");
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("fixedPair: " + String.join("; ", problems));
            }
            fixedPairs.add(new FixedPair(mentorId.strip(), java.util.Arrays.stream(menteeIds).map(String::strip).toList()));
            return this;
        }

        /** @return the preferences */
        public Preferences build() {
            return new Preferences(this);
        }
    }
}
