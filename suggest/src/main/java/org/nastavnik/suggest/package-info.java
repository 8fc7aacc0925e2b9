/**
 * Pair suggestions (подбор наставнических пар): from the bases of mentors and mentees of an
 * organization or a municipality, proposes pairs and groups for a form of mentoring, optimised
 * for the whole pool at once, and lists the mentees left without a mentor, each with a reason.
 *
 * <p>Hard constraints come from the compliance rules themselves: every proposal is checked by
 * the {@link org.nastavnik.rules.ComplianceEngine} with the pair added, and a proposal the
 * pair-level rules find anything about is never made. Soft preferences are weighted by the
 * caller ({@link org.nastavnik.suggest.Preferences}). The result renders as the draft annex to
 * the order fixing pairs ({@link org.nastavnik.suggest.Annex}) and can be accepted into a
 * snapshot ({@link org.nastavnik.suggest.Suggestions#acceptInto}).
 *
 * <pre>{@code
 * PairSuggester suggester = PairSuggester.of(ComplianceEngine.federal());
 * Suggestions s = suggester.suggest(snapshot, Scope.organization("school-12"),
 *         MentoringForm.STUDENT_STUDENT, LocalDate.of(2022, 9, 20), Preferences.defaults());
 * String html = Annex.of(s, snapshot).html();
 * Snapshot next = s.acceptInto(snapshot, LocalDate.of(2022, 9, 21));
 * }</pre>
 */
package org.nastavnik.suggest;
