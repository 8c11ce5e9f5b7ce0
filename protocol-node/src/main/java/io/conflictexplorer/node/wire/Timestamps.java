package io.conflictexplorer.node.wire;

import io.conflictexplorer.core.store.Sibling;
import io.conflictexplorer.node.json.Json;
import io.conflictexplorer.node.json.JsonWriter;
import io.conflictexplorer.node.json.PythonFloat;
import java.math.BigDecimal;

/**
 * The preceding task's {@code ts}: how a time is read from a message and written into one.
 *
 * <p>Rules. A {@code write}'s time is the node's clock in microseconds, printed in float seconds
 * like Python's {@code time.time()}. A {@code kv_merge} sender's {@code ts} is any finite JSON
 * number, kept as the text it came as and compared exactly (as a decimal, in the store's unit,
 * microseconds), so no rounding can make two times equal or reorder them. A client is shown it as
 * Python's {@code json.dumps} shows what {@code json.loads} read ({@code 5E9} is
 * {@code 5000000000.0}, an integer stays exact); a peer is sent the text as it came, so that it
 * compares the same exact time.
 */
public final class Timestamps {

    private Timestamps() {}

    /** Appends {@code micros} since the epoch as float seconds, as Python prints {@code time.time()}. */
    public static void appendSeconds(ByteLine b, long micros) {
        b.append(PythonFloat.seconds(micros));
    }

    /** Appends a key-value entry's {@code ts} for a client: a merged time in Python's form, else the node's time. */
    public static void appendTs(ByteLine b, Sibling<KvValue> s) {
        if (s.value().ts() != null) {
            b.append(JsonWriter.number(s.value().ts()));
        } else {
            appendSeconds(b, s.timestamp().time());
        }
    }

    /** Appends a key-value entry's {@code ts} for a peer: a merged time exactly as it came, else the node's time. */
    public static void appendExactTs(ByteLine b, Sibling<KvValue> s) {
        if (s.value().ts() != null) {
            b.append(s.value().ts());
        } else {
            appendSeconds(b, s.timestamp().time());
        }
    }

    /**
     * A {@code ts} in seconds as the sender wrote it, in microseconds, exactly. Null when it is not
     * a finite number.
     */
    public static BigDecimal micros(Json ts) {
        if (!(ts instanceof Json.Num n)
                || n.text().endsWith("Infinity")
                || n.text().equals("NaN")) {
            return null;
        }
        try {
            // scaleByPowerOfTen, not movePointRight: that one writes out every digit of 2e9999999
            // (ten million), which held the node for minutes on one kv_merge
            return new BigDecimal(n.text()).scaleByPowerOfTen(6);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // an exponent beyond what BigDecimal holds (|e| over about 2^31)
        }
    }
}
