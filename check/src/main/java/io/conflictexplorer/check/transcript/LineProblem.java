package io.conflictexplorer.check.transcript;

/**
 * A line of a transcript that could not be taken: not JSON, not a message, or a request the rules do
 * not know. The readable lines of the same file still open.
 *
 * @param file the file's name
 * @param line the line number, from 1
 * @param text the line (its beginning, when it is long)
 * @param why  what is wrong with it, in plain words
 */
public record LineProblem(String file, int line, String text, String why) {

    /** How much of a line a problem keeps: enough to recognise it. */
    public static final int MAX_TEXT = 200;

    public LineProblem {
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
    }

    /** {@code FILE line N: WHY}, as the launcher prints it on stderr. */
    @Override
    public String toString() {
        return file + " line " + line + ": " + why;
    }
}
