package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.store.Mode;
import io.conflictexplorer.core.store.Sibling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random shopping carts on a single store: clients read the cart, add an item to what they have and
 * write it with the context of their read (some writes blind, some merge instead of adding).
 *
 * <p>The property: in each mode, an item is in the final cart only if some write that supplied it
 * was not lost in that mode. A write supplies an item when it added it directly, or carried it from
 * a read that contained it in that mode, or from its client's own earlier write that supplied it.
 * Reads are taken from that mode's trace (what the store returned), so a mode whose writes were
 * built from the other mode's reads breaks the property: LWW would write items only VV's siblings
 * showed, after LWW had lost every write that supplied them.
 */
class DerivedWritesPropertiesTest {

    /** One operation: {@code kind} 0 read, 1 add, 2 blind add, 3 merge. */
    record Action(int client, int kind) {}

    @Provide
    Arbitrary<List<Action>> histories() {
        Arbitrary<Action> action = Combinators.combine(
                        Arbitraries.integers().between(0, 2),
                        Arbitraries.integers().between(0, 3))
                .as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(30);
    }

    static Scenario scenario(List<Action> history) {
        List<Operation> ops = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            Action a = history.get(i);
            String client = "c" + a.client();
            ops.add(
                    switch (a.kind()) {
                        case 0 -> new Operation.Read("r" + i, client, i, "cart");
                        case 1, 2 ->
                            new Operation.Write(
                                    "w" + i, client, i, "cart", new WriteValue.AddItem("i" + i), a.kind() == 2);
                        default -> new Operation.Write("w" + i, client, i, "cart", new WriteValue.MergeRead(), false);
                    });
        }
        return new Scenario("random cart", "", List.of("c0", "c1", "c2"), ops);
    }

    @Property
    void anItemInTheFinalCartWasSuppliedByAWriteThatWasNotLost(@ForAll("histories") List<Action> history) {
        Scenario scenario = scenario(history);
        for (Mode mode : Mode.values()) {
            Trace trace = Simulator.run(scenario, mode);
            Map<String, Set<String>> suppliedBy = supplied(trace);
            Set<String> lost = trace.lostWritesUpTo(trace.size() - 1);
            List<String> finalValues = trace.valuesAt(trace.size() - 1).getOrDefault("cart", List.of());
            for (String value : finalValues) {
                for (String item : WriteValue.items(value)) {
                    boolean kept = suppliedBy.entrySet().stream()
                            .anyMatch(e ->
                                    !lost.contains(e.getKey()) && e.getValue().contains(item));
                    assertTrue(
                            kept,
                            mode + ": " + item + " is in the final cart " + finalValues
                                    + " but every write that supplied it was lost " + lost + " in " + scenario);
                }
            }
        }
    }

    /** The items each write supplied in {@code trace}'s mode, by write id, from that trace's reads. */
    private static Map<String, Set<String>> supplied(Trace trace) {
        Map<String, Set<String>> has = new HashMap<>(); // client -> what it knows of the cart
        Map<String, Set<String>> out = new HashMap<>();
        for (Step step : trace.steps()) {
            if (step instanceof Step.Read r) {
                Set<String> read = new LinkedHashSet<>();
                for (Sibling<String> s : r.read().siblings()) {
                    read.addAll(WriteValue.items(s.value()));
                }
                has.put(r.operation().client(), read);
            } else if (step instanceof Step.Write w) {
                Set<String> items =
                        new LinkedHashSet<>(has.getOrDefault(w.operation().client(), Set.of()));
                if (w.operation().rule() instanceof WriteValue.AddItem add) {
                    items.add(add.item());
                }
                has.put(w.operation().client(), items);
                out.put(w.operation().id(), items);
            }
        }
        return out;
    }
}
