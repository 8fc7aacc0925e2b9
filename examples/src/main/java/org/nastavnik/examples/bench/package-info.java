/**
 * Measuring the engine: a synthetic territory generator at named scales and a plain-Java
 * reference implementation of a subset of the federal rules, the baseline the engine is
 * measured against. The JMH benchmarks themselves live in the {@code examples/bench} module,
 * built only with {@code -Pbench}.
 */
package org.nastavnik.examples.bench;
