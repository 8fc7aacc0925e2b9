/**
 * Monitoring for people: the checklist and indicator tables as a printable HTML page and as an
 * XLSX workbook, and the analytic note (аналитическая справка) per municipality and region, in
 * Russian with no code words.
 */
package org.nastavnik.monitoring.report;
