package io.conflictexplorer.check.compare;

import java.util.Objects;

/**
 * A request and the reply core's rules give for it.
 *
 * @param expected     the reply's meaning, or null when the rules give no reply (a reply sent to the
 *                     node, gossip)
 * @param expectedText the reply as the reference node prints it, byte for byte, or null
 */
public record Exchange(RunRequest request, ReplyBody expected, String expectedText) {

    public Exchange {
        Objects.requireNonNull(request, "request");
    }
}
