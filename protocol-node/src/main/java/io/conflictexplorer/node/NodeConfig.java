package io.conflictexplorer.node;

/**
 * The node's limits against bad input, from system properties ({@code -Dnode.maxLineBytes=...}) or
 * environment variables ({@code NODE_MAX_LINE_BYTES=...}).
 *
 * @param maxLineBytes a longer line is skipped and logged, without being parsed
 * @param maxDepth     deeper nesting is refused as malformed JSON instead of exhausting the stack
 */
public record NodeConfig(int maxLineBytes, int maxDepth) {

    public static final NodeConfig DEFAULTS = new NodeConfig(8 * 1024 * 1024, 512);

    public NodeConfig {
        if (maxLineBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The defaults, overridden by system properties, then environment variables. */
    public static NodeConfig fromEnvironment() {
        return new NodeConfig(
                setting("node.maxLineBytes", "NODE_MAX_LINE_BYTES", DEFAULTS.maxLineBytes),
                setting("node.maxDepth", "NODE_MAX_DEPTH", DEFAULTS.maxDepth));
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
