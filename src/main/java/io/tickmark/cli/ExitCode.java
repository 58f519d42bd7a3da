package io.tickmark.cli;

/** Exit codes, as documented in {@code --help}. */
public enum ExitCode {
    /** No finding at or above --fail-on. */
    OK(0),
    /** Findings at or above --fail-on. */
    FINDINGS(1),
    /** Usage error, unreadable input, or a rule pack that does not compile. */
    USAGE_OR_INPUT(2),
    /** Internal error. */
    INTERNAL(3);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
