package io.conflictexplorer.check;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.run.OpenedRun;
import io.conflictexplorer.check.run.RunFiles;
import io.conflictexplorer.check.transcript.LineProblem;
import io.conflictexplorer.check.transcript.RunFileException;
import io.conflictexplorer.check.transcript.TranscriptFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bin/check-node} command: checks a node's replies against core's rules.
 *
 * <pre>
 * check-node CASE.in NODE.out
 * check-node CASE.in --node "COMMAND" [--timeout SECONDS]             (COMMAND run by /bin/sh, the case on stdin)
 * check-node SCENARIO.cexp.json --node "COMMAND" [--reply-timeout SECONDS] [--dir DIR] [--save DIR]
 * check-node --preset N --node "COMMAND" [...]                        (the node as the scenario's clients)
 * check-node --search --node "COMMAND" [--seed S] [--tries N] [--clients K] [--out FILE]
 * </pre>
 *
 * <p>A case: prints each divergence's sentence on stdout, one a line, the first first; then each
 * format difference (same meaning, other bytes), prefixed {@code format: }. Every line it could not
 * read goes to stderr with its file and line number, then a one-line summary. A scenario (a file
 * whose name ends in {@code .json}, or a preset): {@link ScenarioCommand}; a search:
 * {@link SearchCommand}.
 *
 * <p>Exit status: 0 when the replies agree with the rules (format differences alone do not count:
 * the task fixes the meaning, and the graders' byte-exact check is named apart), or a search found
 * no divergence; 1 when they do not; 2 when the input cannot be read or the arguments are wrong; 4
 * when the node could not be started (no process, or, for a case, the shell found no such command;
 * for a scenario, the node never answered {@code init}). The launcher exits 3 without its jars.
 */
public final class CheckNode {

    /** How long {@code --node} waits for the node to finish a case, unless {@code --timeout} says otherwise. */
    static final long DEFAULT_TIMEOUT_SECONDS = 60;

    static final int AGREES = 0;
    static final int DIVERGES = 1;
    static final int UNREADABLE = 2;
    static final int NOT_STARTED = 4;

    private static final String USAGE = "usage: check-node CASE.in NODE.out\n"
            + "       check-node CASE.in --node \"COMMAND\" [--timeout SECONDS]\n"
            + "       check-node SCENARIO.cexp.json --node \"COMMAND\" [--reply-timeout SECONDS] [--dir DIR]"
            + " [--save DIR]\n"
            + "       check-node --preset N --node \"COMMAND\" [--reply-timeout SECONDS] [--dir DIR] [--save DIR]\n"
            + "       check-node --search --node \"COMMAND\" [--seed S] [--tries N] [--clients K] [--out FILE]"
            + " [--reply-timeout SECONDS] [--dir DIR]";

    private CheckNode() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = run(args, out, System.err);
        out.flush();
        System.exit(status);
    }

    /** Runs the check, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options o;
        try {
            o = Options.parse(args);
            if (o.help) {
                out.println(USAGE);
                return AGREES;
            }
            boolean scenario = o.preset != null
                    || (!o.files.isEmpty()
                            && o.files.get(0).getFileName().toString().endsWith(".json"));
            if ((o.search || scenario) && o.node == null) {
                throw new IllegalArgumentException(
                        (o.search ? "--search" : "a scenario") + " needs the node to run: --node \"COMMAND\"");
            }
            if (o.search) {
                if (!o.files.isEmpty() || o.preset != null) {
                    throw new IllegalArgumentException(
                            "--search makes its own scenarios: give no file and no --preset");
                }
                return SearchCommand.run(o, out, err);
            }
            if (scenario) {
                return ScenarioCommand.run(o, out, err);
            }
        } catch (IllegalArgumentException e) {
            err.println("check-node: " + e.getMessage() + "\n" + USAGE);
            return UNREADABLE;
        }
        return checkCase(o, out, err);
    }

    /** A case with a node's output, or with a node run on it. */
    private static int checkCase(Options o, PrintStream out, PrintStream err) {
        if (o.files.isEmpty() || o.files.size() > 2 || (o.files.size() == 2) == (o.node != null)) {
            err.println("check-node: give a case and either the node's output or --node \"COMMAND\"\n" + USAGE);
            return UNREADABLE;
        }
        Path kase = o.files.get(0);
        OpenedRun run;
        PrintStream stderr = System.err;
        try {
            TranscriptFile caseFile = TranscriptFile.read(kase);
            TranscriptFile replyFile;
            if (o.node != null) {
                replyFile = runNode(o.node, o.dir, kase, o.timeoutSeconds, err);
                if (replyFile == null) {
                    return NOT_STARTED;
                }
            } else {
                replyFile = TranscriptFile.read(o.files.get(1));
            }
            // the reference node logs every bad line on stderr: the problems below say it once
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            try {
                run = RunFiles.check(caseFile, replyFile);
            } finally {
                System.setErr(stderr);
            }
        } catch (RunFileException e) {
            err.println("check-node: " + e.getMessage());
            return UNREADABLE;
        }
        for (LineProblem p : run.problems()) {
            err.println("check-node: " + p);
        }
        List<Divergence> wrong = run.semanticDivergences();
        List<Divergence> format = run.formatDivergences();
        for (Divergence d : wrong) {
            out.println(d.sentence());
        }
        for (Divergence d : format) {
            out.println("format: " + d.sentence());
        }
        err.println("check-node: "
                + (wrong.isEmpty()
                        ? "the replies agree with the rules"
                        : wrong.size() + (wrong.size() == 1 ? " reply differs" : " replies differ") + " from the rules")
                + (format.isEmpty() ? "" : "; " + format.size() + " differ in format only")
                + (run.problems().isEmpty()
                        ? ""
                        : "; " + run.problems().size() + (run.problems().size() == 1 ? " line" : " lines")
                                + " could not be read"));
        return wrong.isEmpty() ? AGREES : DIVERGES;
    }

    /**
     * Runs {@code command} in {@code dir} (null: here) with the case on stdin and reads its stdout;
     * its stderr goes to ours. Null when it could not be started: no process, or the shell found
     * no such command or could not run it (status 127 or 126) and it printed nothing.
     */
    private static TranscriptFile runNode(String command, Path dir, Path kase, long timeoutSeconds, PrintStream err)
            throws RunFileException {
        Process p;
        try {
            ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command)
                    .redirectInput(kase.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            p = pb.start();
        } catch (IOException e) {
            err.println("check-node: the node could not be started: " + e.getMessage());
            return null;
        }
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    err.println("check-node: the node was still running after " + timeoutSeconds + " s; stopped");
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        TranscriptFile stdout = TranscriptFile.read("the node's output", p.getInputStream());
        try {
            int status = p.waitFor();
            if ((status == 127 || status == 126) && stdout.lines().isEmpty()) {
                err.println("check-node: the node could not be started: the shell "
                        + (status == 127 ? "found no such command" : "could not run it") + " (status " + status
                        + "): " + command);
                return null;
            }
            if (status != 0) {
                err.println("check-node: the node exited with status " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stdout;
    }
}
