package org.nastavnik.rules.spi;

import java.util.Objects;
import java.util.Properties;

/** A pack described by a properties file. */
final class PropertiesPack implements RulePack {
    private final String id;
    private final String version;
    private final String modelIndex;
    private final String messages;
    private final java.util.List<String> packages;
    private final java.util.List<Parameter<?>> parameters;
    private final ClassLoader classLoader;

    PropertiesPack(String id, String version, String modelIndex, String messages, java.util.List<String> packages,
            java.util.List<Parameter<?>> parameters, ClassLoader classLoader) {
        this.parameters = java.util.List.copyOf(parameters);
        this.id = id;
        this.version = version;
        this.modelIndex = modelIndex;
        this.messages = messages;
        this.packages = java.util.List.copyOf(packages);
        this.classLoader = Objects.requireNonNull(classLoader);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public String modelIndex() {
        return modelIndex;
    }

    @Override
    public String messages() {
        return messages;
    }

    @Override
    public java.util.List<String> packages() {
        return packages;
    }

    @Override
    public java.util.List<Parameter<?>> parameters() {
        return parameters;
    }

    @Override
    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
