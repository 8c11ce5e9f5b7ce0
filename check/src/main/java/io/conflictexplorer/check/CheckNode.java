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
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bin/check-node} command: checks a node's replies to a case against core's rules.
 *
 * <pre>
 * check-node CASE.in NODE.out
 * check-node CASE.in --node "COMMAND"     (COMMAND run by /bin/sh with the case on stdin)
 * </pre>
 *
 * <p>Prints each divergence's sentence on stdout, one a line, the first first; then each format
 * difference (same meaning, other bytes), prefixed {@code format: }. Every line it could not read
 * goes to stderr with its file and line number, then a one-line summary. Exit status: 0 when the
 * replies agree with the rules (format differences alone do not count: the task fixes the meaning,
 * and the graders' byte-exact check is named apart), 1 when they do not, 2 when the input cannot be
 * read, the node cannot be started, or the arguments are wrong.
 */
public final class CheckNode {

    /** How long {@code --node} waits for the node to finish, unless {@code --timeout} says otherwise. */
    static final long DEFAULT_TIMEOUT_SECONDS = 60;

    private static final String USAGE =
            "usage: check-node CASE.in NODE.out\n" + "       check-node CASE.in --node \"COMMAND\" [--timeout SECONDS]";

    private CheckNode() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int status = run(args, out, System.err);
        out.flush();
        System.exit(status);
    }

    /** Runs the check, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path kase = null;
        Path replies = null;
        String command = null;
        long timeout = DEFAULT_TIMEOUT_SECONDS;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                return 0;
            } else if (a.equals("--node") && i + 1 < args.length) {
                command = args[++i];
            } else if (a.equals("--timeout") && i + 1 < args.length) {
                try {
                    timeout = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("check-node: --timeout needs a whole number of seconds\n" + USAGE);
                    return 2;
                }
            } else if (a.startsWith("--")) {
                err.println("check-node: unknown option " + a + "\n" + USAGE);
                return 2;
            } else if (kase == null) {
                kase = Paths.get(a);
            } else if (replies == null) {
                replies = Paths.get(a);
            } else {
                err.println("check-node: too many files\n" + USAGE);
                return 2;
            }
        }
        if (kase == null || (replies == null) == (command == null)) {
            err.println("check-node: give a case and either the node's output or --node \"COMMAND\"\n" + USAGE);
            return 2;
        }
        OpenedRun run;
        PrintStream stderr = System.err;
        try {
            TranscriptFile caseFile = TranscriptFile.read(kase);
            TranscriptFile replyFile =
                    command != null ? runNode(command, kase, timeout, err) : TranscriptFile.read(replies);
            // the reference node logs every bad line on stderr: the problems below say it once
            System.setErr(new PrintStream(OutputStream.nullOutputStream()));
            try {
                run = RunFiles.check(caseFile, replyFile);
            } finally {
                System.setErr(stderr);
            }
        } catch (RunFileException e) {
            err.println("check-node: " + e.getMessage());
            return 2;
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
        return wrong.isEmpty() ? 0 : 1;
    }

    /** Runs {@code command} with the case on stdin and reads its stdout; its stderr goes to ours. */
    private static TranscriptFile runNode(String command, Path kase, long timeoutSeconds, PrintStream err)
            throws RunFileException {
        Process p;
        try {
            p = new ProcessBuilder("/bin/sh", "-c", command)
                    .redirectInput(kase.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
        } catch (IOException e) {
            throw new RunFileException("the node could not be started: " + e.getMessage(), e);
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
            if (status != 0) {
                err.println("check-node: the node exited with status " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stdout;
    }
}
