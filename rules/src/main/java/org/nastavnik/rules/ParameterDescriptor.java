package org.nastavnik.rules;

import java.util.Objects;
import org.nastavnik.model.Language;

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

    ParameterDescriptor(String name, String defaultValue, String allowed, String meaningRu, String meaningEn) {
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

    @Override
    public String toString() {
        return name + "=" + defaultValue;
    }
}
