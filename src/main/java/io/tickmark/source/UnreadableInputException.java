package io.tickmark.source;

/** The file cannot be opened as a filing at all: the run reports one line and exits with 2. */
public class UnreadableInputException extends Exception {
    public UnreadableInputException(String message) {
        super(message);
    }
}
