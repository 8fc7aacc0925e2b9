package org.nastavnik.rules.spi;

import java.util.Objects;
import org.nastavnik.common.Language;

/**
 * A parameter of the rules that a region may change: its key, federal default, allowed values
 * and meaning.
 */
public final class ParameterDescriptor {

    private final String name;
    private final String defaultValue;
    private final String allowed;
    private final String meaningRu;
    private final String meaningEn;
    private final WeakerWhen weakerWhen;

    /**
     * Which way a change of the value weakens the rules that read it: a {@link org.nastavnik.rules.Profile} layer
     * may move a parameter the other way (stricter) freely, but not this way past a
     * violation-level rule of a higher layer without a stated reason.
     */
    public enum WeakerWhen {
        /** A higher value (a later day, a longer window, {@code none}: rule off) is weaker. */
        HIGHER,
        /** A lower value (a younger minimum age, a shorter minimum duration) is weaker. */
        LOWER
    }

    ParameterDescriptor(String name, String defaultValue, String allowed, String meaningRu, String meaningEn) {
        this(name, defaultValue, allowed, meaningRu, meaningEn, WeakerWhen.HIGHER);
    }

    ParameterDescriptor(String name, String defaultValue, String allowed, String meaningRu, String meaningEn,
            WeakerWhen weakerWhen) {
        this.weakerWhen = Objects.requireNonNull(weakerWhen);
        this.name = Objects.requireNonNull(name);
        this.defaultValue = Objects.requireNonNull(defaultValue);
        this.allowed = Objects.requireNonNull(allowed);
        this.meaningRu = Objects.requireNonNull(meaningRu);
        this.meaningEn = Objects.requireNonNull(meaningEn);
    }

    /** @return the key, such as {@code pairWindowDays}, as used in profiles and rule metadata */
    public String name() {
        return name;
    }

    /** @return the federal default as text, {@code none} when the rule reading it is off by default */
    public String defaultValue() {
        return defaultValue;
    }

    /** @return the allowed values, such as {@code 1..365} */
    public String allowed() {
        return allowed;
    }

    /**
     * @param language  the language, not null
     * @return what the parameter means, in one line
     */
    public String meaning(Language language) {
        return language == Language.EN ? meaningEn : meaningRu;
    }

    /** @return which way a change of the value weakens the rules that read it */
    public WeakerWhen weakerWhen() {
        return weakerWhen;
    }

    @Override
    public String toString() {
        return name + "=" + defaultValue;
    }
}
