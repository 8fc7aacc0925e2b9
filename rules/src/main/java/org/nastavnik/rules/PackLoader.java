package org.nastavnik.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.nastavnik.common.Language;
import org.nastavnik.rules.spi.RulePack;
import org.nastavnik.rules.spi.RuleParameters;
import org.nastavnik.rules.spi.Parameter;

/**
 * Loads a rule pack: its generated model classes, listed in its model index (no class-path
 * scanning), and the descriptors and texts of its rules from their metadata and message files.
 *
 * <p>Loading is on the path of every engine's first check, in a JVM that has just started: the
 * code avoids what costs time only there (a regular expression, lambdas and {@code +} string
 * concatenation, each of which is linked on its first run) and reads each message file once.
 */
final class PackLoader {

    static final String VERSION_HEADER = "Drools-Model-Version:";

    private PackLoader() {
    }

    /** A loaded pack: its models and the texts of each rule, by rule id. */
    record LoadedPack(RulePack pack, List<Model> models, List<String> modelClasses, Map<String, RuleTexts> texts) {
    }

    static LoadedPack load(RulePack pack, Properties federalRu, List<String> problems) {
        List<String> classNames = readIndex(pack);
        List<Model> models = new ArrayList<>();
        for (String name : classNames) {
            try {
                models.add((Model) Class.forName(name, true, pack.classLoader()).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("rule pack " + pack.id() + " lists a model class that cannot be loaded ("
                        + name + ")", e);
            }
        }
        Properties ru = sameMessages(pack, RulePack.federal()) ? federalRu : readMessages(pack, Language.RU);
        Properties en = readMessages(pack, Language.EN);
        Map<String, RuleTexts> texts = new LinkedHashMap<>();
        List<Rule> variants = new ArrayList<>();
        java.util.Set<String> ruleNames = new java.util.HashSet<>();
        for (Model model : models) {
            for (Rule rule : model.getRules()) {
                ruleNames.add(rule.getName());
                Object target = rule.getMetaData().get("ruleId");
                if (target != null && !target.toString().trim().equals(rule.getName())) {
                    variants.add(rule);
                    continue;
                }
                RuleTexts t = texts(pack, rule, ru, en, federalRu, problems);
                if (t != null && texts.put(t.descriptor.id(), t) != null) {
                    problems.add("rule " + t.descriptor.id() + " is defined twice in pack " + pack.id());
                }
            }
        }
        for (Rule v : variants) {
            String id = v.getMetaData().get("ruleId").toString().trim();
            RuleTexts t = texts.get(id);
            if (t == null) {
                problems.add("rule " + v.getName() + " has @ruleId (" + id + ") but pack " + pack.id()
                        + " has no rule named " + id + " to describe it");
                continue;
            }
            for (String key : new String[] {"severity", "reliability", "source", "clause", "parameters",
                    "inForceFrom", "inForceUntil"}) {
                if (v.getMetaData().containsKey(key)) {
                    problems.add("rule " + v.getName() + " is a variant of " + id + " and may not repeat @" + key
                            + "; the descriptor lives on rule " + id);
                }
            }
            RuleTexts.Templates own = templates(pack, v.getName(), ru, en, problems, false);
            t.templates.put(v.getName(), own == null ? t.templates.get(id) : own);
        }
        for (String key : ru.stringPropertyNames()) {
            checkOrphan(pack, key, ruleNames, problems, "ru");
        }
        for (String key : en.stringPropertyNames()) {
            checkOrphan(pack, key, ruleNames, problems, "en");
        }
        return new LoadedPack(pack, List.copyOf(models), classNames, texts);
    }

    /** @return whether two packs read the same message files */
    private static boolean sameMessages(RulePack a, RulePack b) {
        return a.messages().equals(b.messages()) && a.classLoader() == b.classLoader();
    }

    /** @return whether the name is a rule id such as {@code PAIR_FORMED_LATE}: [A-Z][A-Z0-9_]* */
    static boolean isRuleId(String name) {
        if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static void checkOrphan(RulePack pack, String key, java.util.Set<String> ruleNames, List<String> problems,
            String lang) {
        if (key.startsWith("document.")) {
            return;
        }
        String id = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
        if (!ruleNames.contains(id)) {
            problems.add("pack " + pack.id() + " has text " + key + " (" + pack.messages() + "_" + lang
                    + ".properties) for no rule; its rules: " + String.join(", ", new java.util.TreeSet<>(ruleNames)));
        }
    }

    private static RuleTexts texts(RulePack pack, Rule rule, Properties ru, Properties en, Properties federalRu,
            List<String> problems) {
        String id = rule.getName();
        int before = problems.size();
        if (!isRuleId(id)) {
            problems.add("rule name (" + id + ") in pack " + pack.id() + " is not an id like PAIR_FORMED_LATE");
        }
        Map<String, Object> meta = rule.getMetaData();
        Severity severity = null;
        try {
            severity = Severity.valueOf(meta(meta, "severity"));
        } catch (IllegalArgumentException e) {
            problems.add("rule " + id + " has @severity (" + meta(meta, "severity") + "); expected VIOLATION, WARNING or NOTICE");
        }
        Reliability reliability = null;
        try {
            reliability = Reliability.ofTag(meta(meta, "reliability"));
        } catch (IllegalArgumentException e) {
            problems.add("rule " + id + " has @reliability (" + meta(meta, "reliability") + "); expected V, P, S, L or ?");
        }
        String sourceKey = meta(meta, "source");
        String documentKey = "document.".concat(sourceKey);
        String document = ru.getProperty(documentKey, federalRu.getProperty(documentKey));
        if (document == null) {
            problems.add("rule " + id + " has @source (" + sourceKey + ") with no document." + sourceKey + " text");
        }
        java.time.LocalDate sourceFrom = date(ru.getProperty(documentKey.concat(".inForceFrom"),
                federalRu.getProperty(documentKey.concat(".inForceFrom"))), "source " + sourceKey + " of rule " + id
                + " (" + documentKey + ".inForceFrom)", problems);
        java.time.LocalDate sourceUntil = date(ru.getProperty(documentKey.concat(".inForceUntil"),
                federalRu.getProperty(documentKey.concat(".inForceUntil"))), "source " + sourceKey + " of rule " + id
                + " (" + documentKey + ".inForceUntil)", problems);
        if (document != null && sourceFrom == null && problems.size() == before) {
            problems.add("rule " + id + " has @source (" + sourceKey + ") with no " + documentKey
                    + ".inForceFrom: the day the document took effect, such as 2019-12-25");
        }
        java.time.LocalDate ruleFrom = date(meta(meta, "inForceFrom"), "@inForceFrom of rule " + id, problems);
        java.time.LocalDate ruleUntil = date(meta(meta, "inForceUntil"), "@inForceUntil of rule " + id, problems);
        java.time.LocalDate from = ruleFrom != null && (sourceFrom == null || ruleFrom.isAfter(sourceFrom))
                ? ruleFrom : sourceFrom;
        java.time.LocalDate until = ruleUntil != null && (sourceUntil == null || ruleUntil.isBefore(sourceUntil))
                ? ruleUntil : sourceUntil;
        if (from != null && until != null && until.isBefore(from)) {
            problems.add("rule " + id + " ends (" + until + ") before it takes effect (" + from + ")");
        }
        List<Parameter<?>> params = new ArrayList<>();
        for (String p : meta(meta, "parameters").split(",")) {
            if (p.isBlank()) {
                continue;
            }
            Optional<Parameter<?>> descriptor = declared(pack, p.trim());
            if (descriptor.isPresent()) {
                params.add(descriptor.get());
            } else {
                List<String> known = new ArrayList<>();
                pack.parameters().forEach(x -> known.add(x.key()));
                RuleParameters.federalParameters().forEach(x -> known.add(x.key()));
                problems.add("rule " + id + " of pack " + pack.id() + " has @parameters (" + p.trim() + "): no such "
                        + "parameter; declare it in the pack (parameter." + p.trim() + ".* in "
                        + "META-INF/nastavnik-pack.properties, or RulePack.parameters()) or use one of: "
                        + String.join(", ", known));
            }
        }
        Map<Language, String> description = new EnumMap<>(Language.class);
        Map<Language, String> note = new EnumMap<>(Language.class);
        Map<Language, String> title = new EnumMap<>(Language.class);
        boolean federal = pack.id().equals(RulePack.federal().id());
        Map<Language, String> toVerify = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Properties p = l == Language.EN ? en : ru;
            require(pack, p, id, "description", l, description, problems);
            optional(p, id.concat(".severityNote"), l, note);
            if (federal) {
                require(pack, p, id, "title", l, title, problems);
            } else {
                optional(p, id.concat(".title"), l, title);
            }
            optional(p, id.concat(".toVerify"), l, toVerify);
        }
        RuleTexts.Templates templates = templates(pack, id, ru, en, problems, true);
        if (reliability != null && reliability.isUnconfirmed()) {
            if (severity == Severity.VIOLATION) {
                problems.add("rule " + id + " has an unconfirmed source ([" + reliability.tag()
                        + "]) and may not be a VIOLATION; lower it to WARNING or NOTICE");
            }
            if (note.size() != Language.values().length) {
                problems.add("rule " + id + " has an unconfirmed source ([" + reliability.tag()
                        + "]) but no severityNote in every language");
            }
            if (toVerify.size() != Language.values().length) {
                problems.add("rule " + id + " has an unconfirmed source ([" + reliability.tag()
                        + "]) but no toVerify (what would confirm it) in every language");
            }
        }
        if (problems.size() > before) {
            return null;
        }
        RuleDescriptor d = new RuleDescriptor(id, pack.id(), severity, title.get(Language.RU), title.get(Language.EN),
                description.get(Language.RU), description.get(Language.EN),
                SourceRef.of(document, meta(meta, "clause"), sourceFrom, sourceUntil), reliability,
                note.get(Language.RU), note.get(Language.EN), params, from, until,
                toVerify.get(Language.RU), toVerify.get(Language.EN));
        return new RuleTexts(d, templates);
    }

    /**
     * Reads a DRL rule's templates. A variant ({@code required} false) may have none, then it
     * uses its main rule's; if it has any, it needs the message and explanation in every language.
     */
    private static RuleTexts.Templates templates(RulePack pack, String name, Properties ru, Properties en,
            List<String> problems, boolean required) {
        Map<Language, String> message = new EnumMap<>(Language.class);
        Map<Language, String> explanation = new EnumMap<>(Language.class);
        Map<Language, String> upMessage = new EnumMap<>(Language.class);
        Map<Language, String> upExplanation = new EnumMap<>(Language.class);
        Map<Language, String> lateMessage = new EnumMap<>(Language.class);
        Map<Language, String> lateExplanation = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            Properties p = l == Language.EN ? en : ru;
            optional(p, name.concat(".message"), l, message);
            optional(p, name.concat(".explanation"), l, explanation);
            optional(p, name.concat(".upcoming.message"), l, upMessage);
            optional(p, name.concat(".upcoming.explanation"), l, upExplanation);
            optional(p, name.concat(".late.message"), l, lateMessage);
            optional(p, name.concat(".late.explanation"), l, lateExplanation);
        }
        int n = Language.values().length;
        if (!required && message.isEmpty() && explanation.isEmpty() && upMessage.isEmpty() && upExplanation.isEmpty()) {
            return null;
        }
        int before = problems.size();
        for (Language l : Language.values()) {
            if (!message.containsKey(l)) {
                problems.add(missingText(pack, name, name.concat(".message"), l));
            }
            if (!explanation.containsKey(l)) {
                problems.add(missingText(pack, name, name.concat(".explanation"), l));
            }
        }
        if (upMessage.size() != upExplanation.size() || (upMessage.size() != 0 && upMessage.size() != n)) {
            problems.add("rule " + name + " has upcoming texts in some languages only; give upcoming.message and "
                    + "upcoming.explanation in every language or none");
        }
        if (lateMessage.size() != lateExplanation.size() || (lateMessage.size() != 0 && lateMessage.size() != n)) {
            problems.add("rule " + name + " has late texts in some languages only; give late.message and "
                    + "late.explanation in every language or none");
        }
        return problems.size() > before ? null
                : new RuleTexts.Templates(message, explanation, upMessage, upExplanation, lateMessage, lateExplanation);
    }

    /** @return the parameter a pack's rule names: the pack's own, or a federal one */
    private static Optional<Parameter<?>> declared(RulePack pack, String key) {
        for (Parameter<?> p : pack.parameters()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return RuleParameters.federal().declared(key);
    }

    /** @return the ISO day in the text, null if the text is blank or not a day (then a problem is added) */
    private static java.time.LocalDate date(String text, String what, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(what + " is not a day like 2025-03-01 (" + text.trim() + ")");
            return null;
        }
    }

    private static String meta(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? "" : v.toString().trim();
    }

    /** @return the message for a text a rule lacks: the rule, the key, the language and the file */
    static String missingText(RulePack pack, String rule, String key, Language l) {
        return "rule " + rule + " of pack " + pack.id() + " has no text " + key + " in " + languageName(l) + " ("
                + messagesFile(pack, l) + "); add the line " + key + "=…";
    }

    private static String languageName(Language l) {
        return l == Language.RU ? "Russian" : "English";
    }

    /** @return the class-path resource of a pack's message file in a language */
    static String messagesFile(RulePack pack, Language l) {
        return pack.messages().concat("_").concat(l.name().toLowerCase(java.util.Locale.ROOT)).concat(".properties");
    }

    private static void require(RulePack pack, Properties p, String id, String suffix, Language l,
            Map<Language, String> into, List<String> problems) {
        String v = p.getProperty(id.concat(".").concat(suffix));
        if (v == null || v.isBlank()) {
            problems.add(missingText(pack, id, id.concat(".").concat(suffix), l));
        } else {
            into.put(l, v.trim());
        }
    }

    private static void optional(Properties p, String key, Language l, Map<Language, String> into) {
        String v = p.getProperty(key);
        if (v != null && !v.isBlank()) {
            into.put(l, v.trim());
        }
    }

    static List<String> readIndex(RulePack pack) {
        List<String> names = new ArrayList<>();
        try (InputStream in = pack.classLoader().getResourceAsStream(pack.modelIndex())) {
            if (in == null) {
                throw new IllegalStateException("rule pack " + pack.id() + " has no model index on the class path ("
                        + pack.modelIndex() + "); was it built by kie-maven-plugin with drools-model-compiler declared?");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.trim();
                if (!line.isEmpty() && !line.startsWith(VERSION_HEADER) && inPackages(pack, line)) {
                    names.add(line);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("rule pack " + pack.id() + " model index unreadable (" + pack.modelIndex() + ")", e);
        }
        if (names.isEmpty() && !pack.packages().isEmpty()) {
            throw new IllegalStateException("rule pack " + pack.id() + " lists no model class of its packages "
                    + pack.packages() + " in its model index (" + pack.modelIndex() + ")");
        }
        return names;
    }

    private static boolean inPackages(RulePack pack, String className) {
        int dot = className.lastIndexOf('.');
        return pack.packages().isEmpty() || pack.packages().contains(dot < 0 ? "" : className.substring(0, dot));
    }

    static Properties readMessages(RulePack pack, Language language) {
        String resource = pack.messages().concat("_").concat(language.name().toLowerCase(java.util.Locale.ROOT))
                .concat(".properties");
        Properties p = new Properties();
        try (InputStream in = pack.classLoader().getResourceAsStream(resource)) {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("rule pack " + pack.id() + " messages unreadable (" + resource + ")", e);
        }
        return p;
    }
}
