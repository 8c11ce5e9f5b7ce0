package io.conflictexplorer.node.wire;

import java.nio.charset.StandardCharsets;

/**
 * The protocol's member names, each with its JSON form after another member. The node reads a
 * message's members by {@link #text()} and writes them with {@link #memberBytes()}, one copy of
 * text that needs no escaping (every name is plain ASCII).
 */
public enum Name {
    SRC("src"),
    DEST("dest"),
    BODY("body"),
    TYPE("type"),
    MSG_ID("msg_id"),
    IN_REPLY_TO("in_reply_to"),
    NODE_ID("node_id"),
    NODE_IDS("node_ids"),
    MODE("mode"),
    KEY("key"),
    VALUE("value"),
    VALUES("values"),
    CONTEXT("context"),
    VC("vc"),
    CONFLICT("conflict"),
    TS("ts"),
    ENTRIES("entries"),
    UPDATED("updated"),
    INTEGER_KEYS("integer_keys"),
    CODE("code"),
    TEXT("text"),
    SIBLINGS("siblings"),
    WRITER("writer"),
    NODE("node"),
    DOT("dot");

    private final String text;
    private final byte[] memberBytes;

    Name(String text) {
        this.text = text;
        this.memberBytes = (", \"" + text + "\": ").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The name as it appears in a message. */
    public String text() {
        return text;
    }

    /** {@code , "name": }: what precedes the member's value when it follows another member. */
    public byte[] memberBytes() {
        return memberBytes;
    }
}
