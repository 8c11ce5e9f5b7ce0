package io.conflictexplorer.node;

import java.nio.charset.StandardCharsets;

/**
 * The protocol's member names, each with its quoted JSON form. The node reads a message's members
 * by {@link #text()} and writes them with {@link #quoted()}, one copy of text that needs no
 * escaping (every name is plain ASCII).
 */
enum Name {
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
    private final String member;
    private final byte[] memberBytes;

    Name(String text) {
        this.text = text;
        this.member = ", \"" + text + "\": ";
        this.memberBytes = member.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The name as it appears in a message. */
    String text() {
        return text;
    }

    /** {@code , "name": }: what precedes the member's value when it follows another member. */
    String member() {
        return member;
    }

    /** {@link #member()} as bytes, for a reply written as bytes ({@link ByteLine}). */
    byte[] memberBytes() {
        return memberBytes;
    }
}
