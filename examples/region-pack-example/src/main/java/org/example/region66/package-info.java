/** An example third-party region pack for Nastavnik: the Sverdlovsk region (66). */
package org.example.region66;
