package io.conflictexplorer.check.compare;

/**
 * What differs between a node's reply and the reply core's rules give for the same request. Every
 * kind but {@link #FORMAT} is a difference of meaning (the task fixes values, clocks as maps, the
 * conflict flag and error codes); {@link #FORMAT} is a difference a byte-exact grader would see
 * although the meaning agrees (key order, spacing, sibling order, {@code msg_id}), so it is kept apart.
 */
public enum DivergenceKind {
    /** The rules give a reply, the node sent none. */
    MISSING_REPLY,
    /** The node sent a reply that answers no request (or answers one twice). */
    UNEXPECTED_REPLY,
    /** A missing or extra sibling, a wrong value, a wrong {@code updated} count or {@code ts}. */
    WRONG_VALUES,
    /** The same values with other clocks, or a {@code vv_write_ok} with another {@code vc}. */
    WRONG_CLOCK,
    /** The same values, but {@code conflict} says otherwise. */
    WRONG_CONFLICT,
    /** An error with another code than the rules give. */
    WRONG_ERROR_CODE,
    /** A reply of another type (for example {@code vv_read_ok} where the rules refuse with an error). */
    WRONG_TYPE,
    /** The same meaning in other bytes. */
    FORMAT;

    /** True for a difference of meaning: every kind but {@link #FORMAT}. */
    public boolean semantic() {
        return this != FORMAT;
    }
}
