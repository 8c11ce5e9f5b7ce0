package io.conflictexplorer.check;

import io.conflictexplorer.check.drive.NodeCommand;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code check-node}'s command line, read: the files named, and each option's value. Wrong usage is
 * an {@link IllegalArgumentException} whose message says what is wrong.
 */
final class Options {

    final List<Path> files = new ArrayList<>();
    String node;
    long timeoutSeconds = CheckNode.DEFAULT_TIMEOUT_SECONDS;
    Duration replyTimeout;
    Path dir;
    Integer preset;
    boolean search;
    Long seed;
    Integer tries;
    Integer clients;
    Path out;
    Path save;
    boolean help;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> o.help = true;
                case "--search" -> o.search = true;
                case "--node" -> o.node = value(args, ++i, a);
                case "--timeout" -> o.timeoutSeconds = whole(value(args, ++i, a), a);
                case "--reply-timeout" -> o.replyTimeout = seconds(value(args, ++i, a), a);
                case "--dir" -> o.dir = Paths.get(value(args, ++i, a));
                case "--preset" -> o.preset = (int) whole(value(args, ++i, a), a);
                case "--seed" -> o.seed = whole(value(args, ++i, a), a);
                case "--tries" -> o.tries = (int) positive(value(args, ++i, a), a);
                case "--clients" -> o.clients = (int) positive(value(args, ++i, a), a);
                case "--out" -> o.out = Paths.get(value(args, ++i, a));
                case "--save" -> o.save = Paths.get(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    o.files.add(Paths.get(a));
                }
            }
        }
        return o;
    }

    /** The node's command, in {@code --dir} (default: here), with {@code --reply-timeout}. */
    NodeCommand command() {
        NodeCommand c = NodeCommand.of(node);
        c = replyTimeout == null ? c : c.withReplyTimeout(replyTimeout);
        return dir == null ? c : c.inFolder(dir.toAbsolutePath());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long whole(String v, String option) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + v);
        }
    }

    private static long positive(String v, String option) {
        long n = whole(v, option);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " needs a whole number from 1, not " + v);
        }
        return n;
    }

    private static Duration seconds(String v, String option) {
        try {
            double s = Double.parseDouble(v);
            if (!(s > 0) || s > 3600) {
                throw new NumberFormatException();
            }
            return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number of seconds above 0, not " + v);
        }
    }
}
