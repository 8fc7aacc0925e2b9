/**
 * How this project's property tests run: {@link org.nastavnik.pbt.Pbt} configures QuickTheories
 * (the number of tries, a fixed seed, shrinking, the failure report), {@link org.nastavnik.pbt.Gens}
 * holds the general generators and {@link org.nastavnik.pbt.Draw} lets a generator be written as
 * plain code whose every choice still shrinks.
 *
 * <p>A property is an ordinary JUnit 5 {@code @Test}:
 * <pre>{@code
 * @Test
 * void any_roadmap_survives_a_json_round_trip() {
 *     Pbt.tries(1000).forAll(SnapshotGenerator.roadmaps())
 *             .checkAssert(r -> assertEquals(r, JsonDocument.ROADMAP.read(JsonDocument.ROADMAP.write(r))));
 * }
 * }</pre>
 *
 * <p>Test sources only; {@code rules} uses them through core's test jar.
 */
package org.nastavnik.pbt;
