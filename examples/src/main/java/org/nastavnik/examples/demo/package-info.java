/** The demo: a realistic sample municipality built around a real roadmap, with deliberate problems. */
package org.nastavnik.examples.demo;
