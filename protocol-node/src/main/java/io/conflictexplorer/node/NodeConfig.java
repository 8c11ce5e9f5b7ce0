package io.conflictexplorer.node;

/**
 * The node's limits against bad input, from system properties ({@code -Dnode.maxLineBytes=...}) or
 * environment variables ({@code NODE_MAX_LINE_BYTES=...}).
 *
 * @param maxLineBytes  a longer line is skipped without being parsed; its sender, if the beginning
 *                      of the line names one, gets error 12
 * @param maxDepth      deeper nesting is refused (error 12 to the sender when the rest of the line
 *                      can be read) instead of exhausting the stack
 * @param siblingsWarn  a vv_write that leaves a key with more values than this is logged on stderr
 *                      ({@code NODE_SIBLINGS_WARN}, {@code -Dnode.siblingsWarn})
 * @param siblingsMax   a vv_write that would leave a key with more values than this is refused with
 *                      error 22 and changes nothing ({@code NODE_SIBLINGS_MAX}, {@code -Dnode.siblingsMax})
 */
public record NodeConfig(int maxLineBytes, int maxDepth, int siblingsWarn, int siblingsMax) {

    /** Riak's defaults for the sibling limits: warn above 25, refuse above 100. */
    public static final NodeConfig DEFAULTS = new NodeConfig(8 * 1024 * 1024, 512, 25, 100);

    public NodeConfig {
        if (maxLineBytes < 1 || maxDepth < 1 || siblingsWarn < 1 || siblingsMax < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The given line and depth limits with the default sibling limits. */
    public NodeConfig(int maxLineBytes, int maxDepth) {
        this(maxLineBytes, maxDepth, DEFAULTS.siblingsWarn, DEFAULTS.siblingsMax);
    }

    /** The defaults, overridden by system properties, then environment variables. */
    public static NodeConfig fromEnvironment() {
        return new NodeConfig(
                setting("node.maxLineBytes", "NODE_MAX_LINE_BYTES", DEFAULTS.maxLineBytes),
                setting("node.maxDepth", "NODE_MAX_DEPTH", DEFAULTS.maxDepth),
                setting("node.siblingsWarn", "NODE_SIBLINGS_WARN", DEFAULTS.siblingsWarn),
                setting("node.siblingsMax", "NODE_SIBLINGS_MAX", DEFAULTS.siblingsMax));
    }

    private static int setting(String property, String env, int fallback) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(env);
        }
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(property + " / " + env + " must be a whole number, was " + v);
        }
    }
}
