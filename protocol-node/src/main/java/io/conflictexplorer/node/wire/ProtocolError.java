package io.conflictexplorer.node.wire;

/**
 * A request the node answers with a Maelstrom {@code error} message instead of its reply: the
 * {@link Code} and a text saying what was wrong. Thrown before the handler changes anything, so a
 * refused request leaves every store as it was. No stack trace: it is an answer, not a failure.
 */
public final class ProtocolError extends Exception {

    /** The Maelstrom error codes the node uses. */
    public enum Code {
        /** An unknown message type. */
        NOT_SUPPORTED(10),
        /** A missing or ill-typed field, or a line the node could not take in full. */
        MALFORMED_REQUEST(12),
        /** The node's own failure: an exception it did not expect. */
        CRASH(13),
        /** kv_read of a key never written. */
        KEY_DOES_NOT_EXIST(20),
        /** A definite refusal the client can fix: here, too many siblings (resolve them first). */
        PRECONDITION_FAILED(22);

        private final int value;

        Code(int value) {
            this.value = value;
        }

        public int value() {
            return value;
        }
    }

    private final Code code;

    public ProtocolError(Code code, String text) {
        super(text, null, false, false);
        this.code = code;
    }

    public static ProtocolError malformed(String text) {
        return new ProtocolError(Code.MALFORMED_REQUEST, text);
    }

    public Code code() {
        return code;
    }
}
