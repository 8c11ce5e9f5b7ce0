package io.conflictexplorer.node.json;

/** Input that is not the JSON this node accepts; the message says where and why. */
public class JsonException extends Exception {

    private final transient Json partial;

    public JsonException(String message) {
        this(message, null);
    }

    /**
     * @param partial what could be read anyway, or null: for a line nested too deep, the document
     *                with every too-deep value replaced by {@code null}
     */
    public JsonException(String message, Json partial) {
        super(message, null, false, false);
        this.partial = partial;
    }

    /** What could be read of the line despite the error, or null; enough to answer its sender. */
    public Json partial() {
        return partial;
    }
}
