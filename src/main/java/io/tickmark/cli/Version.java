package io.tickmark.cli;

import picocli.CommandLine;

/** The version, from the jar manifest when packaged. */
public final class Version implements CommandLine.IVersionProvider {
    public static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"tickmark " + get()};
    }
}
