package org.nastavnik.rules.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Finds rule packs on a class path and reads packs described by {@value #RESOURCE}. */
final class DescribedPacks {

    /** The description a pack jar carries instead of a Java class. */
    static final String RESOURCE = "META-INF/nastavnik-pack.properties";

    private static final String KNOWN = "id, version, packages, messages, modelIndex, parameter.<key>.type, "
            + "parameter.<key>.default, parameter.<key>.range, parameter.<key>.weakerWhen, parameter.<key>.ru, "
            + "parameter.<key>.en";

    private DescribedPacks() {
    }

    static List<RulePack> discover(ClassLoader classLoader) {
        Map<String, RulePack> found = new LinkedHashMap<>();
        ServiceLoader.load(RulePack.class, classLoader).forEach(p -> found.putIfAbsent(p.id(), p));
        try {
            Enumeration<URL> urls = classLoader.getResources(RESOURCE);
            while (urls.hasMoreElements()) {
                RulePack p = read(urls.nextElement(), classLoader);
                found.putIfAbsent(p.id(), p);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list " + RESOURCE + " on the class path: " + e.getMessage(), e);
        }
        return List.copyOf(found.values());
    }

    static RulePack read(URL url, ClassLoader classLoader) {
        Properties p = new Properties();
        try (InputStream in = url.openStream(); Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalArgumentException("rule pack description " + url + ": unreadable: " + e.getMessage(), e);
        }
        Map<String, String> keys = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> keys.put(k.trim(), p.getProperty(k).trim()));
        List<String> problems = new ArrayList<>();
        for (String k : new String[] {"id", "version"}) {
            if (keys.getOrDefault(k, "").isEmpty()) {
                problems.add(k + " (" + keys.getOrDefault(k, "missing") + "): required");
            }
        }
        List<String> packages = new ArrayList<>();
        for (String name : keys.getOrDefault("packages", "").split(",")) {
            if (!name.isBlank()) {
                packages.add(name.trim());
            }
        }
        String messages = keys.get("messages");
        if (messages == null || messages.isEmpty()) {
            if (packages.size() != 1) {
                problems.add("messages (" + (messages == null ? "missing" : "") + "): required when packages does not "
                        + "name exactly one DRL package; the base name of the _ru and _en message files, such as "
                        + "org/example/region66/messages");
            } else {
                messages = packages.get(0).replace('.', '/') + "/messages";
            }
        }
        String index = keys.get("modelIndex");
        if (index == null || index.isEmpty()) {
            List<String> indexes = modelIndexes(url);
            if (indexes.size() == 1) {
                index = indexes.get(0);
            } else {
                problems.add("modelIndex (" + (index == null ? "missing" : "") + "): " + (indexes.isEmpty()
                        ? "no generated model index (META-INF/kie/<groupId>/<artifactId>/drools-model) next to the "
                                + "description; build the pack with kie-maven-plugin and drools-model-compiler "
                                + "(the pack parent does)"
                        : "several model indexes next to the description " + indexes + "; name one"));
            }
        }
        List<Parameter<?>> parameters = new ArrayList<>();
        TreeSet<String> paramKeys = new TreeSet<>();
        for (String k : keys.keySet()) {
            if (k.startsWith("parameter.") && k.lastIndexOf('.') > "parameter.".length()) {
                paramKeys.add(k.substring("parameter.".length(), k.lastIndexOf('.')));
            } else if (!List.of("id", "version", "packages", "messages", "modelIndex").contains(k)) {
                problems.add(k + " (" + keys.get(k) + "): unknown key; known: " + KNOWN);
            }
        }
        for (String key : paramKeys) {
            Parameter<?> parameter = parameter(key, keys, problems);
            if (parameter != null) {
                parameters.add(parameter);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("rule pack description " + url + " has " + problems.size() + " problem"
                    + (problems.size() == 1 ? "" : "s") + ":\n  " + String.join("\n  ", problems));
        }
        return new PropertiesPack(keys.get("id"), keys.get("version"), index, messages, packages, parameters,
                classLoader);
    }

    private static Parameter<?> parameter(String key, Map<String, String> keys, List<String> problems) {
        String prefix = "parameter." + key + ".";
        int before = problems.size();
        for (String k : keys.keySet()) {
            if (k.startsWith(prefix) && !List.of("type", "default", "range", "weakerWhen", "ru", "en")
                    .contains(k.substring(prefix.length()))) {
                problems.add(k + " (" + keys.get(k) + "): unknown key; a parameter has type, default, range, "
                        + "weakerWhen, ru and en");
            }
        }
        String type = keys.getOrDefault(prefix + "type", "");
        String ru = keys.getOrDefault(prefix + "ru", "");
        String en = keys.getOrDefault(prefix + "en", "");
        if (ru.isEmpty()) {
            problems.add(prefix + "ru (" + ru + "): required, the parameter's meaning in Russian, one line");
        }
        if (en.isEmpty()) {
            problems.add(prefix + "en (" + en + "): required, the parameter's meaning in English, one line");
        }
        Parameter.WeakerWhen weaker = null;
        if (!type.equals("optional-int")) {
            String w = keys.getOrDefault(prefix + "weakerWhen", "");
            try {
                weaker = Parameter.WeakerWhen.valueOf(w);
            } catch (IllegalArgumentException e) {
                problems.add(prefix + "weakerWhen (" + w + "): expected HIGHER or LOWER (which way a change "
                        + "weakens the rules that read it)");
            }
        }
        int[] range = null;
        if (type.equals("int") || type.equals("optional-int")) {
            String r = keys.getOrDefault(prefix + "range", "");
            String[] parts = r.split("\\.\\.", -1);
            try {
                range = new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
                if (range[0] > range[1]) {
                    throw new NumberFormatException();
                }
            } catch (RuntimeException e) {
                problems.add(prefix + "range (" + r + "): expected min..max with min <= max, such as 1..60");
                range = null;
            }
        } else if (!type.equals("month-day")) {
            problems.add(prefix + "type (" + type + "): expected int, optional-int or month-day");
        }
        if (problems.size() > before) {
            return null;
        }
        String def = keys.getOrDefault(prefix + "default", "");
        try {
            return switch (type) {
                case "int" -> Parameter.ofInt(key, Integer.parseInt(def), range[0], range[1], weaker, ru, en);
                case "optional-int" -> Parameter.ofOptionalInt(key, range[0], range[1], ru, en);
                default -> Parameter.ofMonthDay(key, MonthDay.parse(def), weaker, ru, en);
            };
        } catch (RuntimeException e) {
            problems.add(prefix + "default (" + def + "): " + (type.equals("int") ? "expected a whole number in "
                    + range[0] + ".." + range[1] : "expected a day of the year written --MM-DD, such as --10-01")
                    + (e.getMessage() == null || e instanceof NumberFormatException ? "" : "; " + e.getMessage()));
            return null;
        }
    }

    /** @return the generated model indexes in the jar or directory that holds the description */
    private static List<String> modelIndexes(URL description) {
        List<String> found = new ArrayList<>();
        try {
            if (description.getProtocol().equals("jar")) {
                URL jar = ((JarURLConnection) description.openConnection()).getJarFileURL();
                try (JarFile f = new JarFile(Path.of(jar.toURI()).toFile())) {
                    f.stream().map(e -> e.getName()).filter(DescribedPacks::isModelIndex).sorted().forEach(found::add);
                }
            } else if (description.getProtocol().equals("file")) {
                Path root = Path.of(description.toURI()).getParent().getParent();
                Path kie = root.resolve("META-INF/kie");
                if (Files.isDirectory(kie)) {
                    try (Stream<Path> files = Files.walk(kie)) {
                        files.map(f -> root.relativize(f).toString().replace('\\', '/')).filter(DescribedPacks::isModelIndex)
                                .sorted().forEach(found::add);
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return found;
        }
        return found;
    }

    private static boolean isModelIndex(String name) {
        return name.startsWith("META-INF/kie/") && name.endsWith("/drools-model");
    }
}
