package io.conflictexplorer.core.sim;

import java.util.Set;

/**
 * The happens-before view of one operation: the operations in its causal past, those in its causal
 * future, and those concurrent with it (neither).
 */
public record CausalView(String operation, Set<String> past, Set<String> future, Set<String> concurrent) {

    public CausalView {
        past = Set.copyOf(past);
        future = Set.copyOf(future);
        concurrent = Set.copyOf(concurrent);
    }
}
