package io.conflictexplorer.files;

/**
 * A file or text that could not be opened as a scenario. The message is written for people (the
 * app shows it as is), e.g. "operation w3 belongs to client c9, which is not one of the clients
 * (c1, c2)". It stays short enough for a dialog whatever the file holds: a name, id or value of
 * more than {@value #LONGEST_WORD} characters without a space is cut to its beginning and "...",
 * and the whole message to {@value #LONGEST_MESSAGE} characters (a damaged file can hold an id of
 * megabytes, or ten thousand clients, which a message would otherwise repeat).
 */
public final class ScenarioFileException extends Exception {

    private static final long serialVersionUID = 1L;

    static final int LONGEST_WORD = 100;

    static final int LONGEST_MESSAGE = 600;

    public ScenarioFileException(String message) {
        super(readable(message));
    }

    public ScenarioFileException(String message, Throwable cause) {
        super(readable(message), cause);
    }

    /** {@code message} with its long words and its length cut (see the class comment). */
    static String readable(String message) {
        if (message == null || message.length() <= LONGEST_WORD) {
            return message;
        }
        StringBuilder out = new StringBuilder(LONGEST_MESSAGE + 3);
        int i = 0;
        while (i < message.length() && out.length() <= LONGEST_MESSAGE) {
            int end = i;
            while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
                end++;
            }
            if (end - i > LONGEST_WORD) {
                out.append(message, i, i + LONGEST_WORD - 3).append("...");
            } else {
                out.append(message, i, end);
            }
            if (end < message.length()) {
                out.append(message.charAt(end)); // the space after the word
            }
            i = end + 1;
        }
        if (out.length() > LONGEST_MESSAGE) {
            out.setLength(LONGEST_MESSAGE - 3);
            out.append("...");
        }
        return out.toString();
    }
}
