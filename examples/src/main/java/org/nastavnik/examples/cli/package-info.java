/** The command line of Nastavnik: {@code demo}, {@code deadline}, {@code import}, {@code check}, {@code rules}, {@code diff}. */
package org.nastavnik.examples.cli;
