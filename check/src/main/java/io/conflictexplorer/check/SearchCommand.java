package io.conflictexplorer.check;

import io.conflictexplorer.check.drive.GraderCase;
import io.conflictexplorer.check.drive.ModeResult;
import io.conflictexplorer.check.drive.NodeTestResult;
import io.conflictexplorer.check.drive.Progress;
import io.conflictexplorer.check.search.Failure;
import io.conflictexplorer.check.search.NodeSearch;
import io.conflictexplorer.check.search.SearchOptions;
import io.conflictexplorer.check.search.SearchResult;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.files.ScenarioFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code check-node --search --node "COMMAND" [--seed S] [--tries N] [--clients K] [--out FILE]}:
 * looks for a small scenario that breaks the node ({@link NodeSearch}).
 *
 * <p>When one is found: prints it on stdout (its operations in time order, each divergence's
 * sentence, and the failing mode's requests with the node's replies, the rules' where they
 * differ), writes it as a scenario file the app opens ({@code --out}, default
 * {@code check-node-seed-S.cexp.json}) and the failing mode's run as a grader case beside it
 * ({@code check-node-seed-S-MODE.in} and {@code .out}: the requests the node got, and what the
 * rules answer), and exits 1. Otherwise prints {@code no divergence in N scenarios} and exits 0; 4
 * when the node could not be started, 2 for a wrong command line or a file that cannot be written.
 */
final class SearchCommand {

    private SearchCommand() {}

    static int run(Options o, PrintStream out, PrintStream err) {
        SearchOptions options = SearchOptions.defaults();
        options = o.seed == null ? options : options.withSeed(o.seed);
        options = o.tries == null ? options : options.withTries(o.tries);
        options = o.clients == null ? options : options.withClients(o.clients);
        Path file = o.out != null ? o.out : Paths.get("check-node-seed-" + options.seed() + ".cexp.json");
        SearchResult result;
        try {
            result = NodeSearch.run(o.command(), options, progress(err));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckNode.UNREADABLE;
        }
        if (System.console() != null) {
            err.print("\r\033[K"); // the progress line
        }
        String what = "seed " + options.seed() + ", up to " + options.clients() + " clients";
        if (result.notStarted() != null) {
            ScenarioCommand.print(result.notStarted(), out, err);
            return CheckNode.NOT_STARTED;
        }
        if (!result.found()) {
            out.println("no divergence in " + result.tried() + " scenarios (" + what + ")");
            return CheckNode.AGREES;
        }
        Failure f = result.failure();
        NodeTestResult r = f.result();
        ModeResult failing = r.firstFailing();
        out.println("A scenario that breaks your node (scenario " + f.trial() + " of " + what + ", "
                + f.found().operations().size() + " operations, shrunk to "
                + f.shrunk().operations().size()
                + " in " + f.shrinkRuns() + " runs):");
        for (String line : ScenarioText.lines(f.shrunk())) {
            out.println("  " + line);
        }
        out.println();
        ScenarioCommand.print(r, out, err);
        if (failing != null) {
            out.println();
            transcript(failing, out);
        }
        String command = "check-node --search --seed " + options.seed()
                + (o.clients == null ? "" : " --clients " + options.clients());
        Scenario named = new Scenario(
                "Breaks my node (" + command + ")",
                (failing == null
                                ? ""
                                : "In the " + failing.mode().wireName() + " run: " + failing.firstProblem() + ". ")
                        + "Found by " + command + " (scenario " + f.trial() + ", shrunk from "
                        + f.found().operations().size() + " to "
                        + f.shrunk().operations().size()
                        + " operations).",
                f.shrunk().clients(),
                f.shrunk().operations(),
                f.shrunk().topology());
        try {
            ScenarioFiles.write(named, file);
            String written = file + " (open it in the app)";
            if (failing != null) {
                String stem = file.getFileName().toString().replaceFirst("(\\.cexp)?\\.json$", "");
                GraderCase kase = new GraderCase(failing.requests(), failing.expected());
                List<Path> pair = kase.write(
                        file.resolveSibling(stem + "-" + failing.mode().wireName()));
                written += " and " + pair.get(0) + ", " + pair.get(1)
                        + " (the failing run as a grader case: add it to your node's tests)";
            }
            err.println("check-node: wrote " + written);
        } catch (IOException e) {
            err.println("check-node: could not write " + file + ": " + e.getMessage());
            return CheckNode.UNREADABLE;
        }
        return CheckNode.DIVERGES;
    }

    /** The failing mode's requests ({@code >}), the node's replies ({@code <}) and the rules' where they differ ({@code =}). */
    static void transcript(ModeResult m, PrintStream out) {
        out.println("the " + m.mode().wireName() + " run (> the requests, < your node's replies, = the rules' reply"
                + " where it differs):");
        String[] requests = lines(m.requests());
        String[] replies = lines(m.replies());
        String[] expected = lines(m.expected());
        Set<Integer> wrong = new HashSet<>();
        m.semanticDivergences().forEach(d -> wrong.add(d.requestLine()));
        for (int i = 0; i < requests.length; i++) {
            out.println(String.format("%3d > %s", i + 1, requests[i]));
            if (i < replies.length) {
                out.println("    < " + replies[i]);
            }
            if (wrong.contains(i + 1) && i < expected.length) {
                out.println("    = " + expected[i]);
            }
        }
        for (int i = requests.length; i < replies.length; i++) {
            out.println("    < " + replies[i]);
        }
    }

    private static String[] lines(String text) {
        return text.isEmpty() ? new String[0] : text.split("\n");
    }

    /** Progress on a terminal's stderr, one line rewritten; nothing when stderr is not a terminal. */
    private static Consumer<Progress> progress(PrintStream err) {
        if (System.console() == null) {
            return p -> {};
        }
        return p -> {
            err.print("\r\033[Kcheck-node: " + p.what());
            err.flush();
        };
    }
}
