package io.conflictexplorer.check;

import io.conflictexplorer.check.compare.Divergence;
import io.conflictexplorer.check.compare.DivergenceKind;
import io.conflictexplorer.check.drive.ModeResult;
import io.conflictexplorer.check.drive.NodeCommand;
import io.conflictexplorer.check.drive.NodeTest;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.RunEnd;
import io.conflictexplorer.check.drive.TaskScope;
import io.conflictexplorer.check.drive.Verdict;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.PresetFile;
import io.conflictexplorer.files.Presets;
import io.conflictexplorer.files.ScenarioFileException;
import io.conflictexplorer.files.ScenarioFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * {@code check-node SCENARIO.cexp.json --node "COMMAND"} and {@code check-node --preset N --node
 * "COMMAND"}: the node run as the scenario's clients ({@link NodeTest}), once per mode, every reply
 * compared with the rules.
 *
 * <p>Prints on stdout each divergence's sentence, prefixed with its mode ({@code vv: }), then how a
 * run ended when the node failed (crashed, hung, wrote garbage: that sentence, not the missing
 * reply it caused); format differences prefixed {@code format: }. On stderr: what of the scenario was not tested, the end of the node's stderr
 * when it failed, and a summary. {@code --save DIR} writes each mode's requests ({@code MODE.in}),
 * the rules' replies ({@code MODE.out}: with the requests, a grader case), the node's output
 * ({@code MODE.node.out}) and its stderr ({@code MODE.stderr}). Exit status: 0 when both modes
 * agree with the rules, 1 when they do not, 2 when the scenario cannot be read or the command line
 * is wrong, 4 when the node could not be started.
 */
final class ScenarioCommand {

    /** How many of the last lines of a failed node's stderr are shown. */
    static final int STDERR_LINES = 20;

    private ScenarioCommand() {}

    static int run(Options o, PrintStream out, PrintStream err) {
        Scenario scenario;
        try {
            scenario = scenario(o);
        } catch (ScenarioFileException | IllegalArgumentException e) {
            err.println("check-node: " + e.getMessage());
            return CheckNode.UNREADABLE;
        }
        NodeCommand command = o.command();
        NodeTestResult result;
        try {
            result = NodeTest.run(scenario, command, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckNode.UNREADABLE;
        }
        print(result, out, err);
        if (o.save != null) {
            try {
                save(result, o.save, err);
            } catch (IOException e) {
                err.println("check-node: could not save the runs: " + e.getMessage());
                return CheckNode.UNREADABLE;
            }
        }
        return status(result.verdict());
    }

    /** The scenario the command line names: {@code --preset N}, or one scenario file. */
    static Scenario scenario(Options o) throws ScenarioFileException {
        if (o.preset != null) {
            if (!o.files.isEmpty()) {
                throw new IllegalArgumentException("give a scenario file or --preset N, not both");
            }
            PresetFile p = Presets.numbered(o.preset);
            return p.scenario();
        }
        if (o.files.size() != 1) {
            throw new IllegalArgumentException("give one scenario file");
        }
        return ScenarioFiles.read(o.files.get(0));
    }

    static int status(Verdict v) {
        return switch (v) {
            case AGREES -> CheckNode.AGREES;
            case DIVERGES -> CheckNode.DIVERGES;
            case NOT_STARTED -> CheckNode.NOT_STARTED;
        };
    }

    /** The result as the command prints it (see the class). */
    static void print(NodeTestResult result, PrintStream out, PrintStream err) {
        TaskScope scope = result.scope();
        for (String gap : scope.notTested()) {
            err.println("check-node: not tested: " + gap);
        }
        for (String note : scope.notes()) {
            err.println("check-node: note: " + note);
        }
        StringBuilder summary = new StringBuilder();
        for (ModeResult m : result.modes()) {
            String mode = m.mode().wireName() + ": ";
            for (Divergence d : m.semanticDivergences()) {
                boolean causedByTheEnd =
                        d.kind() == DivergenceKind.MISSING_REPLY || d.kind() == DivergenceKind.UNEXPECTED_REPLY;
                if (!m.end().nodeFailed() || !causedByTheEnd) {
                    out.println(mode + d.sentence()); // a reply the failure left missing: the end says why
                }
            }
            if (m.end().nodeFailed()) {
                out.println(mode + m.end().sentence());
                stderrTail(m, err);
            }
            for (Divergence d : m.formatDivergences()) {
                out.println(mode + "format: " + d.sentence());
            }
            summary.append(summary.length() == 0 ? "" : "; ").append(mode).append(summary(m));
        }
        err.println("check-node: " + summary);
    }

    private static String summary(ModeResult m) {
        if (m.end() instanceof RunEnd.NotStarted) {
            return "your node could not be started";
        }
        int wrong = m.semanticDivergences().size();
        int requests = m.operations().size() + m.finalReads().size() + 2;
        String s = m.agrees()
                ? "the replies agree with the rules (" + requests + " requests)"
                : wrong == 0
                        ? "the run stopped"
                        : wrong + (wrong == 1 ? " reply differs" : " replies differ") + " from the rules"
                                + (m.end().nodeFailed() ? ", and the run stopped" : "");
        int format = m.formatDivergences().size();
        if (format > 0) {
            s += "; " + format + " differ in format only";
        }
        if (m.notRun() > 0) {
            s += "; " + m.notRun() + (m.notRun() == 1 ? " operation" : " operations") + " not run";
        }
        return s;
    }

    private static void stderrTail(ModeResult m, PrintStream err) {
        if (m.stderr().isBlank()) {
            return;
        }
        List<String> lines = Arrays.asList(m.stderr().split("\n"));
        List<String> tail = lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size());
        err.println("check-node: your node's stderr in the " + m.mode().wireName() + " run"
                + (tail.size() < lines.size() ? " (its last " + tail.size() + " lines)" : "") + ":");
        for (String l : tail) {
            err.println("  | " + l);
        }
    }

    /** Writes each mode's run into {@code dir} (see the class). */
    static void save(NodeTestResult result, Path dir, PrintStream err) throws IOException {
        Files.createDirectories(dir);
        for (ModeResult m : result.modes()) {
            String mode = m.mode().wireName();
            Files.writeString(dir.resolve(mode + ".in"), m.requests(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(mode + ".out"), m.expected(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(mode + ".node.out"), m.replies(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(mode + ".stderr"), m.stderr(), StandardCharsets.UTF_8);
        }
        err.println("check-node: saved each run into " + dir + " (MODE.in, MODE.out, MODE.node.out, MODE.stderr)");
    }
}
