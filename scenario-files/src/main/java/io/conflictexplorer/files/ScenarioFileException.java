package io.conflictexplorer.files;

/**
 * A file or text that could not be opened as a scenario. The message is written for people (the
 * app shows it as is), e.g. "operation w3 belongs to client c9, which is not one of the clients
 * (c1, c2)".
 */
public final class ScenarioFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScenarioFileException(String message) {
        super(message);
    }

    public ScenarioFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
