package io.conflictexplorer.check;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's operations as text, one a line in time order, the way the app's editor writes them:
 * {@code 3  c2  write x=b}, {@code blind write x=a}, {@code write x+=milk}, {@code write x=merge},
 * {@code read x}; a write with a given context says it.
 */
final class ScenarioText {

    private ScenarioText() {}

    static List<String> lines(Scenario s) {
        List<Operation> ops = new ArrayList<>(s.operations());
        ops.sort((a, b) -> Long.compare(a.time(), b.time()));
        List<String> out = new ArrayList<>();
        for (Operation op : ops) {
            StringBuilder b = new StringBuilder()
                    .append(op.time())
                    .append("  ")
                    .append(op.client())
                    .append("  ");
            if (op instanceof Operation.Write w) {
                b.append(w.blind() ? "blind write " : "write ").append(w.key());
                b.append(
                        w.rule() instanceof WriteValue.AddItem a
                                ? "+=" + a.item()
                                : "=" + w.rule().text());
                if (w.context() != null) {
                    b.append(" with context ").append(w.context());
                }
            } else {
                b.append("read ").append(op.key());
            }
            if (op.replica() != null) {
                b.append(" at ").append(op.replica());
            }
            out.add(b.toString());
        }
        return out;
    }
}
