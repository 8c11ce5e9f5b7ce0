package io.conflictexplorer.node.wire;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The protocol's message types, requests and replies, each with its quoted JSON form, so a reply
 * starts with one copy of {@code "type": "vv_write_ok"}. {@link #of} finds a request's type by
 * its text.
 */
public enum MessageType {
    INIT("init"),
    INIT_OK("init_ok"),
    SET_MODE("set_mode"),
    SET_MODE_OK("set_mode_ok"),
    VV_WRITE("vv_write"),
    VV_WRITE_OK("vv_write_ok"),
    VV_READ("vv_read"),
    VV_READ_OK("vv_read_ok"),
    WRITE("write"),
    WRITE_OK("write_ok"),
    KV_READ("kv_read"),
    KV_READ_OK("kv_read_ok"),
    KV_MERGE("kv_merge"),
    KV_MERGE_OK("kv_merge_ok"),
    VV_GOSSIP("vv_gossip"),
    ERROR("error");

    private static final Map<String, MessageType> BY_TEXT = new HashMap<>();

    static {
        for (MessageType t : values()) {
            BY_TEXT.put(t.text, t);
        }
    }

    private final String text;
    private final byte[] memberBytes;

    MessageType(String text) {
        this.text = text;
        this.memberBytes = ("\"type\": \"" + text + "\"").getBytes(StandardCharsets.ISO_8859_1);
    }

    public String text() {
        return text;
    }

    /** {@code "type": "name"}: the first member of a body. */
    public byte[] memberBytes() {
        return memberBytes;
    }

    /** The type named {@code text}, or null. */
    public static MessageType of(String text) {
        return BY_TEXT.get(text);
    }
}
