package io.tickmark.rules.cases;

import java.io.IOException;

/** A cases file that cannot be read or does not follow the format; the message names the file. */
public final class CaseFormatException extends IOException {
    public CaseFormatException(String message) {
        super(message);
    }
}
