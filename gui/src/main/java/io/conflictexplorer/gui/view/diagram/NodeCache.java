package io.conflictexplorer.gui.view.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * The nodes a drawing made, kept by what they show, for the next drawing to reuse: a new region or
 * label costs a CSS pass (a label also its skin) in the next pulse, where a kept one only moves. The
 * key names all a node shows but its place and size (its text, style classes and id). A drawing
 * runs between {@link #begin()} and {@link #end()}; what it did not ask for is dropped then.
 */
final class NodeCache {

    /** The nodes as last drawn, by key. */
    private Map<String, Node> shown = new HashMap<>();
    /** Those the drawing under way keeps or makes. */
    private Map<String, Node> next = new HashMap<>();

    void begin() {
        next = new HashMap<>();
    }

    void end() {
        shown = next;
    }

    /** The node the last drawing made under {@code key}, else a new one from {@code make}. */
    @SuppressWarnings("unchecked") // a key is always made by the same supplier, so holds its type
    <T extends Node> T kept(String key, Supplier<T> make) {
        if (next.containsKey(key)) {
            throw new IllegalStateException("two background nodes under one key: " + key);
        }
        Node n = shown.get(key);
        if (n == null) {
            n = make.get();
        }
        next.put(key, n);
        return (T) n;
    }

    /**
     * Makes {@code children} equal to {@code wanted}, leaving in place the nodes both hold:
     * removing and re-adding hundreds of nodes costs more than the whole rest of a drag tick. Falls
     * back to replacing them all when the kept nodes changed their order.
     */
    static void replaceChildren(ObservableList<Node> children, List<Node> wanted) {
        Set<Node> keep = Collections.newSetFromMap(new IdentityHashMap<>());
        keep.addAll(wanted);
        children.removeIf(n -> !keep.contains(n));
        List<Node> keptInOrder = new ArrayList<>();
        Set<Node> present = Collections.newSetFromMap(new IdentityHashMap<>());
        present.addAll(children);
        for (Node n : wanted) {
            if (present.contains(n)) {
                keptInOrder.add(n);
            }
        }
        if (!sameNodes(keptInOrder, children)) {
            children.setAll(wanted);
            return;
        }
        // insert each run of new nodes where it belongs
        int i = 0;
        while (i < wanted.size()) {
            if (i < children.size() && children.get(i) == wanted.get(i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < wanted.size() && !present.contains(wanted.get(end))) {
                end++;
            }
            children.addAll(i, wanted.subList(i, end));
            i = end;
        }
    }

    private static boolean sameNodes(List<Node> a, List<Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
