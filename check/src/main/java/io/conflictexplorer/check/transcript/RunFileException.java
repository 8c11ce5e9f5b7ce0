package io.conflictexplorer.check.transcript;

/**
 * Nothing of the given files could be opened as a run: a file is missing, unreadable, above
 * {@link TranscriptFile#MAX_BYTES} (the message names the limit), or holds no readable message. The
 * message is for the user, as it is.
 */
public final class RunFileException extends Exception {

    public RunFileException(String message) {
        super(message);
    }

    public RunFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
