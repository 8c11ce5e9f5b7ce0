package io.conflictexplorer.check.search;

import io.conflictexplorer.core.sim.Operation;
import io.conflictexplorer.core.sim.Scenario;
import io.conflictexplorer.core.sim.WriteValue;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random scenarios on one store, small enough to read and to shrink, built to reach what a
 * node gets wrong: reads and writes of one or two keys by a few clients, one operation a tick; a
 * write carries its client's last read's context unless it is blind (so contexts go stale when
 * others write in between, and a client writing twice without reading sends an old context or
 * none), now and then a derived value (an item added to what the client read, or a merge of it).
 * Scenarios grow with the count drawn: the first are a few operations, later ones up to
 * {@link #MAX_OPERATIONS}.
 *
 * <p>The same seed gives the same sequence of scenarios, so a search is reproducible; each scenario
 * is a plain {@link Scenario} that the app opens and the simulator runs.
 */
public final class ScenarioGenerator {

    /** The largest scenario drawn. */
    public static final int MAX_OPERATIONS = 12;

    private static final String[] KEYS = {"x", "y"};
    private static final String[] ITEMS = {"milk", "eggs", "flour", "ham"};

    private final SplittableRandom random;
    private final int clients;
    private int drawn;

    /**
     * @param seed    the seed of the whole sequence
     * @param clients how many clients a scenario has at most (c1 to cK), from 1
     */
    public ScenarioGenerator(long seed, int clients) {
        if (clients < 1) {
            throw new IllegalArgumentException("a scenario needs a client, was " + clients);
        }
        this.random = new SplittableRandom(seed);
        this.clients = clients;
    }

    /** The next scenario of the sequence. */
    public Scenario next() {
        int n = drawn++;
        SplittableRandom r = random.split();
        int size = 2 + r.nextInt(Math.min(MAX_OPERATIONS - 1, 3 + n / 4));
        int keys = r.nextInt(10) < 7 ? 1 : 2;
        List<String> names = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            names.add("c" + c);
        }
        List<Operation> ops = new ArrayList<>(size);
        char value = 'a';
        for (int i = 0; i < size; i++) {
            String client = names.get(r.nextInt(clients));
            String key = KEYS[r.nextInt(keys)];
            long time = i + 1;
            if (r.nextInt(10) < 4) {
                ops.add(new Operation.Read("r" + (i + 1), client, time, key));
                continue;
            }
            int kind = r.nextInt(20);
            WriteValue rule = kind == 0
                    ? new WriteValue.MergeRead()
                    : kind <= 2
                            ? new WriteValue.AddItem(ITEMS[r.nextInt(ITEMS.length)])
                            : WriteValue.literal(String.valueOf(value++));
            boolean blind = r.nextInt(4) == 0;
            ops.add(new Operation.Write("w" + (i + 1), client, time, key, rule, blind));
        }
        List<String> used = new ArrayList<>();
        for (String c : names) {
            for (Operation op : ops) {
                if (op.client().equals(c)) {
                    used.add(c);
                    break;
                }
            }
        }
        return new Scenario("Random scenario " + (n + 1), "", used, ops);
    }

    /** How many scenarios were drawn so far. */
    public int drawn() {
        return drawn;
    }
}
