package io.conflictexplorer.gui.nodetest.model;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command the dialog offers as an example, and the folder it runs in (null: the student's own).
 *
 * @param label   what it is, in words
 * @param command the command line
 * @param folder  the folder it needs to run in, or null when it is the student's to choose
 */
public record ExampleCommand(String label, String command, Path folder) {

    /** Where the course's Python baseline lies, from the repository's folder. */
    public static final String BASELINE = "../shared/baselines/python-node/main.py";

    /**
     * The examples, with {@code repository} the source checkout the app runs from (null when it
     * does not run from one): this project's node and the course's Python baseline, both from the
     * repository's folder, then the student's own {@code python3 main.py}, in a folder to choose.
     */
    public static List<ExampleCommand> examples(Path repository) {
        List<ExampleCommand> out = new ArrayList<>();
        if (repository != null) {
            out.add(new ExampleCommand(
                    "This project's node (it agrees with the rules; build it first: ./mvnw -q package -DskipTests)",
                    "protocol-node/bin/protocol-node",
                    repository));
            out.add(new ExampleCommand("The course's Python baseline node", "python3 " + BASELINE, repository));
        }
        out.add(new ExampleCommand("Your node: choose its folder below", "python3 main.py", null));
        return out;
    }

    /** The source checkout {@code dir} is in or under (it holds {@code protocol-node/bin/protocol-node}), or null. */
    public static Path repository(Path dir) {
        for (Path d = dir == null ? null : dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("protocol-node/bin/protocol-node"))) {
                return d;
            }
        }
        return null;
    }
}
