/**
 * Reports people can read: a {@link org.nastavnik.rules.ComplianceReport} as text for the terminal,
 * CSV for spreadsheets and one self-contained HTML page with filters and a timeline of each
 * roadmap. JSON is {@link org.nastavnik.rules.json.ReportJson}'s. People appear by id only.
 */
package org.nastavnik.examples.report;
