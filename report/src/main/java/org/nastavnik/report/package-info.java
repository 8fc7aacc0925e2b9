/**
 * Reports people can read: a {@link org.nastavnik.rules.ComplianceReport}, with the snapshot it
 * was made from ({@link org.nastavnik.report.ReportContext}), written as text for the terminal,
 * CSV for spreadsheets, one self-contained HTML page with filters and a timeline of each roadmap
 * ({@link org.nastavnik.report.Timeline}), or JSON ({@link org.nastavnik.rules.json.ReportJson}'s).
 * The entry is {@link org.nastavnik.report.ReportFormat}. People appear by id only.
 */
package org.nastavnik.report;
