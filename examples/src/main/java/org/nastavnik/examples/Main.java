package org.nastavnik.examples;

/** The command-line entry point of the Nastavnik demo. */
public final class Main {
    private Main() {
    }

    /**
     * Runs the command line.
     *
     * @param args  the arguments, not null
     */
    public static void main(String[] args) {
        System.out.println("Nastavnik");
    }
}
