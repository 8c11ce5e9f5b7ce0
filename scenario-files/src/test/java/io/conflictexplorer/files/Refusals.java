package io.conflictexplorer.files;

import static org.junit.jupiter.api.Assertions.fail;

import io.conflictexplorer.files.hostile.HostileFiles;
import java.util.regex.Pattern;

/**
 * What every refusal of a file must be: for the hostile-file suites of the scenario files, of the
 * pictures and of the view model (in this module's test-jar).
 */
public final class Refusals {

    /**
     * Where a refusal says the problem is: a line, a quoted field, an element of a list, an
     * operation, a client, a replica or the topology by name; a PNG's byte; or what the whole file
     * is (empty, a list, over the size limit, of a newer version, a picture with no scenario).
     */
    static final Pattern WHERE = Pattern.compile("line \\d+|\"[A-Za-z_]+\"|\\w+\\[\\d+]|operation \\S+|client \\S+"
            + "|replica \\S+|topology|over \\d+ MiB|it is empty|the whole file is|file version \\d+|byte \\d+"
            + "|first 8 bytes|carries no scenario");

    /** A dialog's message: longer ones were a scenario's names repeated. */
    static final int LONGEST = 600;

    private Refusals() {}

    /**
     * What is wrong with {@code message} as the refusal of the file {@code name}, or null: it must
     * start with the file's name, say where ({@link #WHERE}), and fit in a dialog.
     */
    public static String saysWhere(String message, String name) {
        if (message == null || !message.startsWith(name)) {
            return "the refusal does not start with the file's name: \"" + message + "\"";
        }
        if (!WHERE.matcher(message).find()) {
            return "the refusal does not say where (a line, a field, an operation): \"" + message + "\"";
        }
        if (message.length() > LONGEST) {
            return "the refusal is " + message.length() + " characters long, too long for a dialog: \""
                    + message.substring(0, 300) + "...\"";
        }
        return null;
    }

    /**
     * Fails unless {@code e}, the refusal of the file {@code name}, names the file and says where
     * ({@link #saysWhere}); {@code keep} keeps the case and says where, on failure only.
     */
    public static void refusalSaysWhere(ScenarioFileException e, String name, HostileFiles.Keeper keep) {
        String wrong = saysWhere(e.getMessage(), name);
        if (wrong != null) {
            fail(wrong + "; " + keep.keep());
        }
    }
}
