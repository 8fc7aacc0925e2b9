package org.nastavnik.common;

import java.util.Locale;

/** The languages in which Nastavnik speaks to people: Russian (the default) and English. */
public enum Language {
    /** Русский: the default. */
    RU(Locale.forLanguageTag("ru")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale of this language */
    public Locale locale() {
        return locale;
    }

    /** @return the default language, Russian */
    public static Language defaultLanguage() {
        return RU;
    }
}
