/**
 * JSON form of compliance reports: {@link org.nastavnik.rules.json.ReportJson} writes a report
 * deterministically and reads it back, for storing reports and comparing them later.
 */
package org.nastavnik.rules.json;
