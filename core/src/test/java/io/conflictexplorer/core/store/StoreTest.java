package io.conflictexplorer.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conflictexplorer.core.clock.Dot;
import io.conflictexplorer.core.clock.Timestamp;
import io.conflictexplorer.core.clock.VersionVector;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreTest {

    private long now = 100;
    private final TimeSource ticking = () -> now++;

    private Store<String> store(Mode mode) {
        return new Store<>("n1", mode, ticking);
    }

    private static List<String> values(Store<String> s, String key) {
        return s.read(key).siblings().stream().map(Sibling::value).toList();
    }

    private static VersionVector vv(String actor, long n) {
        return VersionVector.of(actor, n);
    }

    @Test
    void writeClockIsContextPlusOneAboveTheWritersHighestCounter() {
        Store<String> s = store(Mode.VV);
        assertEquals(
                vv("c1", 1),
                s.write("x", "c1", "a", VersionVector.empty()).written().clock());
        // no context, but c1 already has counter 1 stored for x: its next write gets 2
        assertEquals(
                vv("c1", 2),
                s.write("x", "c1", "b", VersionVector.empty()).written().clock());
        // the context's own counter for c1 counts too
        VersionVector ctx = VersionVector.builder().put("c2", 4).put("c1", 7).build();
        VersionVector c = s.write("x", "c1", "c", ctx).written().clock();
        assertEquals(VersionVector.builder().put("c2", 4).put("c1", 8).build(), c);
        assertEquals(List.of("c2", "c1"), List.copyOf(c.toMap().keySet()), "context order first, then the writer");
        // another key starts afresh
        assertEquals(
                vv("c1", 1),
                s.write("y", "c1", "z", VersionVector.empty()).written().clock());
    }

    @Test
    void concurrentWritesBecomeSiblingsInVvMode() {
        Store<String> s = store(Mode.VV);
        s.write("x", "c1", "a", VersionVector.empty());
        WriteResult<String> second = s.write("x", "c2", "b", VersionVector.empty());
        assertEquals(List.of("a", "b"), values(s, "x"));
        assertTrue(s.read("x").conflict());
        assertTrue(s.losses().isEmpty());
        assertInstanceOf(StoreEvent.WriteAccepted.class, second.events().get(0));
        assertInstanceOf(StoreEvent.SiblingAdded.class, second.events().get(1));
        assertEquals(2, ((StoreEvent.SiblingAdded<String>) second.events().get(1)).siblingCount());
        assertInstanceOf(StoreEvent.ConflictDetected.class, second.events().get(2));
    }

    @Test
    void writingWithTheMergedContextResolvesTheConflict() {
        Store<String> s = store(Mode.VV);
        s.write("x", "c1", "a", VersionVector.empty());
        s.write("x", "c2", "b", VersionVector.empty());
        VersionVector ctx = s.read("x").context();
        WriteResult<String> r = s.write("x", "c3", "ab", ctx);
        assertEquals(List.of("ab"), values(s, "x"));
        assertFalse(s.read("x").conflict());
        long superseded = r.events().stream()
                .filter(e -> e instanceof StoreEvent.Superseded)
                .count();
        assertEquals(2, superseded);
        assertTrue(s.losses().isEmpty());
    }

    @Test
    void aStaleContextSupersedesOnlyWhatItSaw() {
        Store<String> s = store(Mode.VV);
        VersionVector seen =
                s.write("x", "c1", "a", VersionVector.empty()).written().clock();
        s.write("x", "c1", "b", seen); // {c1:2} supersedes a
        s.write("x", "c2", "c", seen); // c2 saw only a: concurrent with b
        assertEquals(List.of("b", "c"), values(s, "x"));
    }

    @Test
    void siblingsKeepArrivalOrder() {
        Store<String> s = store(Mode.VV);
        s.write("k", "c3", "3", VersionVector.empty());
        s.write("k", "c1", "1", VersionVector.empty());
        s.write("k", "c2", "2", VersionVector.empty());
        assertEquals(List.of("3", "1", "2"), values(s, "k"));
    }

    @Test
    void lwwKeepsOnlyTheLatestAndRecordsTheSilentLoss() {
        Store<String> s = store(Mode.LWW);
        WriteResult<String> a = s.write("x", "c1", "a", VersionVector.empty());
        WriteResult<String> b = s.write("x", "c2", "b", VersionVector.empty());
        assertTrue(a.written().timestamp().time() < b.written().timestamp().time());
        assertEquals(List.of("b"), values(s, "x"));
        assertFalse(s.read("x").conflict());
        assertEquals(1, s.losses().size());
        Loss<String> loss = s.losses().get(0);
        assertEquals("a", loss.lost().value());
        assertEquals("c1", loss.lost().writer());
        assertEquals(vv("c1", 1), loss.lost().clock());
        assertEquals("b", loss.by().value());
        assertEquals(
                "c1's write a was acknowledged, then overwritten by c2's write b, which never saw it", loss.explain());
        assertTrue(b.events().stream().anyMatch(e -> e instanceof StoreEvent.Lost));
        // the reported clock follows the same rule as in VV mode
        assertEquals(vv("c2", 1), b.written().clock());
    }

    @Test
    void lwwReplacingAValueItHasSeenIsNoLoss() {
        Store<String> s = store(Mode.LWW);
        VersionVector ctx =
                s.write("x", "c1", "a", VersionVector.empty()).written().clock();
        WriteResult<String> r = s.write("x", "c2", "b", ctx);
        assertTrue(s.losses().isEmpty());
        assertInstanceOf(StoreEvent.Superseded.class, r.events().get(1));
    }

    @Test
    void timestampsStrictlyIncreaseEvenWhenTheClockStandsStill() {
        Store<String> s = new Store<>("n1", Mode.LWW, () -> 5);
        long t1 = s.write("x", "c1", "a", VersionVector.empty())
                .written()
                .timestamp()
                .time();
        long t2 = s.write("y", "c1", "a", VersionVector.empty())
                .written()
                .timestamp()
                .time();
        long t3 = s.write("x", "c2", "a", VersionVector.empty())
                .written()
                .timestamp()
                .time();
        assertTrue(t1 < t2 && t2 < t3);
    }

    @Test
    void readOfAKeyNeverWrittenIsEmptyWithoutConflict() {
        ReadResult<String> r = store(Mode.VV).read("nothing");
        assertTrue(r.siblings().isEmpty());
        assertFalse(r.conflict());
        assertEquals(VersionVector.empty(), r.context());
    }

    @Test
    void switchingModeKeepsWhatIsStoredAndAppliesToLaterWrites() {
        Store<String> s = store(Mode.VV);
        s.write("x", "c1", "a", VersionVector.empty());
        s.write("x", "c2", "b", VersionVector.empty());
        s.setMode(Mode.LWW);
        assertEquals(List.of("a", "b"), values(s, "x"), "nothing changes on the switch itself");
        s.write("x", "c3", "c", VersionVector.empty());
        assertEquals(List.of("c"), values(s, "x"));
        assertEquals(2, s.losses().size());
        s.setMode(Mode.VV);
        s.write("x", "c4", "d", VersionVector.empty());
        assertEquals(List.of("c", "d"), values(s, "x"));
    }

    @Test
    void keysAreIndependent() {
        Store<String> s = store(Mode.LWW);
        s.write("x", "c1", "a", VersionVector.empty());
        s.write("y", "c2", "b", VersionVector.empty());
        assertEquals(List.of("a"), values(s, "x"));
        assertEquals(List.of("b"), values(s, "y"));
        assertTrue(s.losses().isEmpty());
    }

    @Test
    void counterOverflowIsRefusedAndChangesNothing() {
        Store<String> s = store(Mode.VV);
        s.write("x", "c1", "a", VersionVector.of("c1", Long.MAX_VALUE - 1));
        assertThrows(IllegalArgumentException.class, () -> s.write("x", "c1", "b", VersionVector.empty()));
        assertEquals(List.of("a"), values(s, "x"));
    }

    @Test
    void mergingTheSameValueTwiceChangesNothing() {
        Store<String> s = store(Mode.VV);
        Sibling<String> remote = new Sibling<>("r", vv("c9", 1), "c9", new Timestamp(50, "n2"), new Dot("n2", 1));
        assertTrue(s.merge("x", remote).applied());
        assertFalse(s.merge("x", remote).applied());
        assertEquals(List.of("r"), values(s, "x"));
    }

    @Test
    void lwwMergeKeepsTheGreaterTimestampAndBreaksTiesByValue() {
        Store<String> s = new Store<>("n1", Mode.LWW, () -> 10, String::compareTo);
        s.write("x", "c1", "local", VersionVector.empty()); // t=10
        Sibling<String> older = new Sibling<>("old", VersionVector.empty(), "c", new Timestamp(5, ""), new Dot("m", 1));
        assertFalse(s.merge("x", older).applied());
        Sibling<String> newer =
                new Sibling<>("new", VersionVector.empty(), "c", new Timestamp(20, ""), new Dot("m", 2));
        assertTrue(s.merge("x", newer).applied());
        Sibling<String> tieSmaller =
                new Sibling<>("a", VersionVector.empty(), "c", new Timestamp(20, ""), new Dot("m", 3));
        Sibling<String> tieGreater =
                new Sibling<>("z", VersionVector.empty(), "c", new Timestamp(20, ""), new Dot("m", 4));
        assertFalse(s.merge("x", tieSmaller).applied());
        assertTrue(s.merge("x", tieGreater).applied());
        assertEquals(List.of("z"), values(s, "x"));
    }
}
