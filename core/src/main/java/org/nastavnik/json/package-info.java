/**
 * The JSON form of the model (JSON-представление): one facade,
 * {@link org.nastavnik.json.JsonDocument}, reads and writes every kind of document:
 * {@link org.nastavnik.json.JsonDocument#SNAPSHOT} for a {@link org.nastavnik.model.Snapshot} and
 * {@link org.nastavnik.json.JsonDocument#ROADMAP} for a {@link org.nastavnik.model.Roadmap}. The
 * value types themselves know nothing of JSON; documents of other modules (such as the compliance
 * report) are laid out by {@link org.nastavnik.json.JsonDocument#text JsonDocument.text}.
 * {@link org.nastavnik.json.NastavnikModule} gives your own Jackson {@code ObjectMapper} the same
 * form and the same errors for every model type.
 *
 * <h2>The format</h2>
 * <ul>
 *   <li>Every value type is an object whose fields are named after its accessors, in camelCase
 *       ({@code mentorships[0].formedOn}), written in the order the model type declares its
 *       accessors in its source (read from its class file, not from reflection, whose order the
 *       JDK leaves unspecified).</li>
 *   <li>Dates are ISO strings {@code "2022-09-20"}; enums are their constant names
 *       ({@code "TEACHER_TEACHER"}); a region is its official code as a string ({@code "31"});
 *       a period is {@code {"startInclusive": "2022-09-01", "endInclusive": "2023-08-31"}};
 *       numbers such as {@code targetPercent} are JSON numbers, read exactly.</li>
 *   <li>A deadline (срок) is its canonical Russian phrase, such as {@code "до 07.03.2022"}, read
 *       back with the deadline parser.</li>
 *   <li>An empty optional and an empty list or set are omitted; a set is written in a stable
 *       sorted order. Fields with a default (such as {@code Meeting.confirmationFormFilled}) are
 *       always written and may be omitted on input. {@code null} is never a valid value.</li>
 *   <li>Output is pretty-printed UTF-8 with two-space indents and LF line ends; Cyrillic is not
 *       escaped. Writing the same value twice gives the same text, and reading it gives an equal
 *       value.</li>
 * </ul>
 *
 * <p>The JSON Schemas (draft 2020-12) are resources next to these classes:
 * {@code org/nastavnik/json/snapshot.schema.json} and {@code org/nastavnik/json/roadmap.schema.json}.
 *
 * <h2>Errors</h2>
 * Reading never stops at the first error. It throws one
 * {@link org.nastavnik.model.ValidationException} that lists every problem with its path, the
 * value found and the reason: malformed JSON (with line and column, at path {@code $}), unknown
 * fields (with the allowed ones), missing required fields, values of the wrong type, invalid
 * dates, unknown enum constants, and then the snapshot's own validation problems (dangling
 * references, duplicate ids, dates in impossible order) for every element that could be read.
 * For example:
 * <pre>
 * snapshot is invalid: 2 problems
 *   - mentorships[0].formedOn (2022-02-31): not a valid date (yyyy-MM-dd)
 *   - meetings[1].mentorshipId (p9): no mentorship has this id
 * </pre>
 */
@NullMarked
package org.nastavnik.json;

import org.jspecify.annotations.NullMarked;
