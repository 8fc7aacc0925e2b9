package org.nastavnik.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.nastavnik.common.DisplayNames;
import org.nastavnik.common.Language;
import org.nastavnik.model.Territory;
import org.nastavnik.rules.FindingKind;
import org.nastavnik.rules.Severity;

/**
 * The words reports use, from the bundles {@code org/nastavnik/report/report_<lang>.properties};
 * names of codes and dates from {@link DisplayNames}.
 */
final class Labels {

    private static final Map<Language, Map<String, String>> BUNDLES = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            BUNDLES.put(l, read("report_" + l.name().toLowerCase(Locale.ROOT) + ".properties"));
        }
    }

    private final Language language;
    private final Map<String, String> words;

    Labels(Language language) {
        this.language = language;
        this.words = BUNDLES.get(language);
    }

    Language language() {
        return language;
    }

    /** @return the text of a key, its {@code {0}}, {@code {1}} filled with the arguments as text */
    String text(String key, Object... args) {
        String t = words.get(key);
        if (t == null) {
            throw new IllegalStateException("report text " + key + " missing in " + language);
        }
        if (args.length == 0) {
            return t;
        }
        Object[] strings = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(t, language.locale()).format(strings);
    }

    /** @return every text of the bundle, for a template */
    Map<String, String> all() {
        return words;
    }

    String severity(Severity s) {
        return text("severity." + s.name());
    }

    String severityName(Severity s) {
        return DisplayNames.of(s, language);
    }

    String kind(FindingKind k) {
        return DisplayNames.of(k, language);
    }

    String date(LocalDate d) {
        return DisplayNames.date(d, language);
    }

    String territory(Territory t) {
        if (t.isUnknown()) {
            return text("territoryUnknown");
        }
        String region = t.region().map(r -> r.name().map(n -> n + " (" + r.code() + ")")
                .orElse(text("region", r.code()))).orElse(text("regionUnknown"));
        return t.municipality().map(m -> m + ", " + region).orElse(region);
    }

    /**
     * @param version  a report's rule set version, such as {@code federal@0.1.0+r42-tashtagol@1;params=…}
     * @return it for a person: «федеральные правила 0.1.0, r42-tashtagol 1, с параметрами профиля»
     */
    String ruleSet(String version) {
        String[] parts = version.split(";", -1);
        StringBuilder sb = new StringBuilder();
        for (String pack : parts[0].split("\\+")) {
            int at = pack.indexOf('@');
            String id = at < 0 ? pack : pack.substring(0, at);
            sb.append(sb.length() > 0 ? ", " : "").append(id.equals("federal") ? text("ruleSet.federal") : id);
            if (at >= 0) {
                String v = pack.substring(at + 1);
                sb.append(' ').append(v.endsWith("-SNAPSHOT")
                        ? v.substring(0, v.length() - "-SNAPSHOT".length()) + " " + text("ruleSet.preRelease") : v);
            }
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].startsWith("params=")) {
                sb.append(", ").append(text("ruleSet.params"));
            }
        }
        return sb.toString();
    }

    String[] months() {
        return text("months").split(",");
    }

    private static Map<String, String> read(String name) {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("report texts missing from the class path: " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new HashMap<>();
        p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
        return Map.copyOf(m);
    }
}
