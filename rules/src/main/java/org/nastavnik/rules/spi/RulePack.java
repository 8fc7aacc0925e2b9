package org.nastavnik.rules.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * A set of rules compiled to Drools' executable model in its own jar: the federal catalogue,
 * or a region's pack. A pack is described by a small properties file in its jar:
 *
 * <pre>
 * id=federal
 * version=0.1.0
 * modelIndex=META-INF/kie/org.nastavnik/nastavnik-rules/drools-model
 * messages=org/nastavnik/rules/federal/messages
 * packages=org.nastavnik.rules.federal
 * </pre>
 *
 * <p>{@code modelIndex} is the list of generated model classes that {@code kie-maven-plugin}
 * writes at {@code META-INF/kie/<groupId>/<artifactId>/drools-model}; {@code messages} is the
 * base name of {@code _ru.properties} and {@code _en.properties} files with the rules' texts.
 * The optional {@code packages} (comma separated) keeps only the model classes of those DRL
 * packages: a jar whose one model index holds several packs (this jar holds the federal pack
 * and the built-in region packs) gives each pack its own packages.
 * A pack jar can register an implementation for {@link java.util.ServiceLoader} under
 * {@code META-INF/services/org.nastavnik.rules.spi.RulePack}, or be given to
 * {@link org.nastavnik.rules.ComplianceEngineBuilder#rulePack(RulePack)}.
 */
public interface RulePack {

    /** @return the pack's id, such as {@code federal} or {@code region-31} */
    String id();

    /** @return the pack's version */
    String version();

    /** @return the class-path resource listing the pack's generated model classes */
    String modelIndex();

    /** @return the class-path base name of the pack's message files, without language suffix */
    String messages();

    /**
     * @return the DRL packages whose generated model classes belong to the pack, such as
     *     {@code org.nastavnik.rules.federal}; empty (the default) for every class of the index
     */
    default java.util.List<String> packages() {
        return java.util.List.of();
    }

    /**
     * @return the parameters the pack declares for its own rules, with their defaults (a
     *     profile sets them under their keys like the federal ones); empty (the default) for none.
     *     The federal pack's are the constants of {@link RuleParameters}.
     */
    default java.util.List<Parameter<?>> parameters() {
        return java.util.List.of();
    }

    /** @return the class loader that holds the pack's classes and resources */
    default ClassLoader classLoader() {
        return getClass().getClassLoader();
    }

    /**
     * The rule packs on a class path: those registered for {@link java.util.ServiceLoader}, then
     * those described by a {@value DescribedPacks#RESOURCE} file (no Java class needed; see
     * {@link #fromDescription(java.net.URL, ClassLoader)}), the first of each id kept.
     *
     * @param classLoader  the class loader to search, not null
     * @return the packs, in the order found
     * @throws IllegalArgumentException if a description has problems: the message names the
     *     file and lists every one
     */
    static java.util.List<RulePack> discover(ClassLoader classLoader) {
        return DescribedPacks.discover(classLoader);
    }

    /**
     * Reads a pack described by a {@code META-INF/nastavnik-pack.properties} file:
     *
     * <pre>
     * id=r66-sverdlovsk-example                # required
     * version=1.0.0                            # required (the pack parent writes the project's)
     * packages=org.example.region66            # the DRL package(s) of its rules
     * messages=org/example/region66/messages   # optional: default &lt;first package&gt;/messages
     * modelIndex=META-INF/kie/…/drools-model   # optional: default the one model index in the same jar
     * parameter.pairsOrderDays.type=int        # int, optional-int or month-day
     * parameter.pairsOrderDays.default=10      # int and month-day
     * parameter.pairsOrderDays.range=1..60     # int and optional-int
     * parameter.pairsOrderDays.weakerWhen=HIGHER   # HIGHER or LOWER (int and month-day)
     * parameter.pairsOrderDays.ru=Срок приказа о закреплении пары, дней
     * parameter.pairsOrderDays.en=Days by which the order fixing a pair is adopted
     * </pre>
     *
     * @param description  the file's URL, not null
     * @param classLoader  the class loader of the pack's jar, not null
     * @return the pack
     * @throws IllegalArgumentException if the file has problems: the message names the file and
     *     lists every one, each with its key, value and what is allowed
     */
    static RulePack fromDescription(java.net.URL description, ClassLoader classLoader) {
        return DescribedPacks.read(description, classLoader);
    }

    /** @return the federal rule catalogue shipped in this jar */
    static RulePack federal() {
        return FederalPack.INSTANCE;
    }

    /**
     * Reads a pack's description from a properties file on a class path.
     *
     * @param resource  the resource path, such as {@code org/example/region99/pack.properties}
     * @param classLoader  the class loader of the pack's jar, not null
     * @return the pack
     * @throws IllegalArgumentException if the resource is missing or lacks one of the keys
     *     {@code id}, {@code version}, {@code modelIndex}, {@code messages}; {@code packages} is optional
     */
    static RulePack fromProperties(String resource, ClassLoader classLoader) {
        return fromProperties(resource, classLoader, java.util.List.of());
    }

    /**
     * Reads a pack's description from a properties file on a class path, with the parameters
     * the pack declares.
     *
     * @param resource  the resource path, such as {@code org/example/region99/pack.properties}
     * @param classLoader  the class loader of the pack's jar, not null
     * @param parameters  the parameters the pack declares, not null
     * @return the pack
     * @throws IllegalArgumentException as {@link #fromProperties(String, ClassLoader)}
     */
    static RulePack fromProperties(String resource, ClassLoader classLoader, java.util.List<Parameter<?>> parameters) {
        Properties p = new Properties();
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("rule pack description not found on the class path (" + resource + ")");
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("rule pack description unreadable (" + resource + ")", e);
        }
        String[] keys = {"id", "version", "modelIndex", "messages"};
        for (String k : keys) {
            if (p.getProperty(k, "").isBlank()) {
                throw new IllegalArgumentException("rule pack description " + resource + " lacks the key (" + k + ")");
            }
        }
        java.util.List<String> packages = new java.util.ArrayList<>();
        for (String name : p.getProperty("packages", "").split(",")) { // no stream: this runs at start-up
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                packages.add(trimmed);
            }
        }
        return new PropertiesPack(p.getProperty("id").trim(), p.getProperty("version").trim(),
                p.getProperty("modelIndex").trim(), p.getProperty("messages").trim(), packages, parameters, classLoader);
    }
}
