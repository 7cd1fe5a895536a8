package org.contractregistry.cli.backup;

import java.io.PrintStream;

/** Says how far a long run is, at most every two seconds and once at the end, on the given stream (stderr). */
public final class Progress {
    private static final long EVERY_NANOS = 2_000_000_000L;
    private final PrintStream out;
    private final String what;
    private long lastReport = System.nanoTime();

    public Progress(PrintStream out, String what) {
        this.out = out;
        this.what = what;
    }

    public static Progress silent() {
        return new Progress(new PrintStream(java.io.OutputStream.nullOutputStream()), "");
    }

    public void at(int done, int total, String unit) {
        long now = System.nanoTime();
        if (done == total || now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            out.printf("%s: %,d/%,d %s%n", what, done, total, unit);
        }
    }

    public void say(String line) {
        out.println(what + ": " + line);
    }
}
