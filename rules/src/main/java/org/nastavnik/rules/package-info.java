/** The compliance engine of Nastavnik: rules, findings and reports. */
package org.nastavnik.rules;
