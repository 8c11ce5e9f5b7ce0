package io.conflictexplorer.core.sim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link Operation.Write} writes: a literal value fixed by the scenario, or a value the client
 * derives from what it read (read-modify-write). A derived value must be computed per mode, since a
 * client under last-writer-wins reads something else than the same client under version vectors.
 *
 * <p>Rules for derived values. A derived value is a cart: a set of items, written as the items
 * separated by single spaces, each item once, in order of first appearance. The client's
 * <em>basis</em> for a key, in one mode, is the value of its own last write of the key if it wrote
 * the key after its last read of it (it built that value itself); otherwise the union of the items
 * of every sibling its last read of the key returned, in sibling order; otherwise (it never read nor
 * wrote the key) the empty cart. {@link AddItem} writes the basis plus its item (unchanged if the
 * item is in it already); {@link MergeRead} writes the basis. A blind write only sends no context:
 * its value still follows these rules.
 *
 * <p>Worked example ("The shopping cart"): under VV, c1's last read returned the siblings
 * {@code milk flour} and {@code milk eggs ham}, so "merge" writes {@code milk flour eggs ham}; under
 * LWW the same read returned only {@code milk eggs ham}, so the same operation writes
 * {@code milk eggs ham}.
 *
 * <p>Text form (for the editor and for display): a literal is its value; {@code +flour} is
 * {@link AddItem}; {@code merge} is {@link MergeRead}; a literal that would read as one of these is
 * quoted ({@code "merge"}), and {@link #parse} undoes {@link #text}.
 */
public sealed interface WriteValue {

    /** The text form: what {@link #parse} reads back as this value. */
    String text();

    /**
     * The value written by a client whose basis for the key is {@code basis} (see the class rules;
     * a literal ignores it).
     */
    String apply(String basis);

    /** True when the value depends on what the client read or wrote before. */
    default boolean derived() {
        return !(this instanceof Literal);
    }

    /** A value fixed by the scenario, the same in every mode. */
    record Literal(String value) implements WriteValue {
        public Literal {
            if (value == null) {
                throw new IllegalArgumentException("a literal value must not be null");
            }
        }

        @Override
        public String text() {
            String s = value.strip();
            boolean ambiguous = !s.equals(value) || s.equals(MergeRead.WORD) || s.startsWith("+") || s.startsWith("\"");
            return ambiguous ? "\"" + value + "\"" : value;
        }

        @Override
        public String apply(String basis) {
            return value;
        }
    }

    /** "Add {@code item} to what I read": the basis plus one item. */
    record AddItem(String item) implements WriteValue {
        public AddItem {
            if (item == null || item.isEmpty() || item.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(
                        "an item to add must be one word without spaces, was \"" + item + "\"");
            }
        }

        @Override
        public String text() {
            return "+" + item;
        }

        @Override
        public String apply(String basis) {
            Set<String> cart = new LinkedHashSet<>(items(basis));
            cart.add(item);
            return String.join(" ", cart);
        }
    }

    /** "Merge the siblings I read": the basis itself, written with the context of the read. */
    record MergeRead() implements WriteValue {
        static final String WORD = "merge";

        @Override
        public String text() {
            return WORD;
        }

        @Override
        public String apply(String basis) {
            return String.join(" ", items(basis));
        }
    }

    /** A literal value. */
    static WriteValue literal(String value) {
        return new Literal(value);
    }

    /**
     * The value written as {@code text} (see the class's text form): {@code +item} adds an item,
     * {@code merge} merges what was read, {@code "..."} is the literal inside the quotes, anything
     * else is a literal (surrounding spaces stripped).
     *
     * @throws IllegalArgumentException when {@code +} is followed by nothing or by several words
     */
    static WriteValue parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            return new Literal(s.substring(1, s.length() - 1));
        }
        if (s.equals(MergeRead.WORD)) {
            return new MergeRead();
        }
        if (s.startsWith("+")) {
            String item = s.substring(1).strip();
            if (item.isEmpty() || item.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException(
                        "\"+\" must be followed by one item to add, without spaces, for example +flour");
            }
            return new AddItem(item);
        }
        return new Literal(s);
    }

    /** The items of a cart value: its words, each once, in order of first appearance. */
    static List<String> items(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : value.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return new ArrayList<>(out);
    }

    /** The union of the items of {@code values}, in order, each item once: a read's basis. */
    static String union(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            out.addAll(items(v));
        }
        return String.join(" ", out);
    }
}
