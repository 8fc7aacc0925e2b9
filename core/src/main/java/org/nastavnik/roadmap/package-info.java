/**
 * Roadmap import (импорт дорожных карт): reads the text of an order (приказ) or of approved
 * recommendations («Утверждаю») with its appendix table into a {@link org.nastavnik.model.Roadmap}
 * and a list of {@link org.nastavnik.roadmap.DocumentFinding document findings}.
 *
 * <p>The public face is {@link org.nastavnik.roadmap.RoadmapReader}; everything else that does
 * the reading is package-private.
 */
@NullMarked
@Value.Style(
        jdkOnly = true,
        typeImmutable = "Immutable*",
        visibility = Value.Style.ImplementationVisibility.PUBLIC,
        defaults = @Value.Immutable(copy = true, prehash = false))
package org.nastavnik.roadmap;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
