package io.conflictexplorer.node.json;

/** Input that is not the JSON this node accepts; the message says where and why. */
public final class JsonException extends Exception {

    public JsonException(String message) {
        super(message);
    }
}
