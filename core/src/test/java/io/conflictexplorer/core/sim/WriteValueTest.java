package io.conflictexplorer.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The value rules of {@link WriteValue} and the edit text of a write, on worked examples. */
class WriteValueTest {

    @Test
    void addItemAppendsToTheBasisOnceAndKeepsItsOrder() {
        WriteValue flour = new WriteValue.AddItem("flour");
        assertEquals("flour", flour.apply(""));
        assertEquals("milk eggs flour", flour.apply("milk eggs"));
        assertEquals("flour milk", flour.apply("flour milk"), "a cart is a set: flour is in it already");
        assertEquals("milk flour", flour.apply("  milk   milk "), "spaces and repeats in the basis do not count");
    }

    @Test
    void mergeWritesTheBasisAndALiteralIgnoresIt() {
        assertEquals("milk eggs", new WriteValue.MergeRead().apply("milk eggs milk"));
        assertEquals("", new WriteValue.MergeRead().apply(""));
        assertEquals("a+b", new WriteValue.Literal("a+b").apply("x y"));
        assertFalse(new WriteValue.Literal("a").derived());
        assertTrue(new WriteValue.MergeRead().derived());
        assertTrue(new WriteValue.AddItem("a").derived());
    }

    @Test
    void theUnionOfSiblingsKeepsSiblingOrderAndFirstAppearance() {
        // siblings "milk flour" and "milk eggs ham": milk once, where it first appears
        assertEquals("milk flour eggs ham", WriteValue.union(List.of("milk flour", "milk eggs ham")));
        assertEquals("", WriteValue.union(List.of()));
    }

    @Test
    void parseReadsTheTextForm() {
        assertEquals(new WriteValue.AddItem("flour"), WriteValue.parse("+flour"));
        assertEquals(new WriteValue.AddItem("flour"), WriteValue.parse(" + flour "));
        assertEquals(new WriteValue.MergeRead(), WriteValue.parse("merge"));
        assertEquals(new WriteValue.Literal("milk eggs"), WriteValue.parse(" milk eggs "));
        assertEquals(new WriteValue.Literal("merge"), WriteValue.parse("\"merge\""));
        assertEquals(new WriteValue.Literal(""), WriteValue.parse(""));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WriteValue.parse("+milk eggs"));
        assertTrue(e.getMessage().contains("+flour"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> WriteValue.parse("+"));
    }

    @Test
    void textIsReadBackAsTheSameValue() {
        for (WriteValue v : List.of(
                new WriteValue.Literal("a"),
                new WriteValue.Literal("merge"),
                new WriteValue.Literal("+1"),
                new WriteValue.Literal("\"q\""),
                new WriteValue.Literal(" padded "),
                new WriteValue.Literal(""),
                new WriteValue.AddItem("ham"),
                new WriteValue.MergeRead())) {
            assertEquals(v, WriteValue.parse(v.text()), v.text());
        }
        assertEquals("\"merge\"", new WriteValue.Literal("merge").text());
        assertEquals("+ham", new WriteValue.AddItem("ham").text());
    }

    @Test
    void aWriteIsEditedFromKeyAndValueText() {
        Operation.Write w = new Operation.Write("w1", "c1", 3, "cart", "milk", false);
        assertEquals(new WriteValue.AddItem("flour"), w.edited("cart+=flour").rule());
        assertEquals("cart", w.edited("cart+=flour").key());
        assertEquals(new WriteValue.AddItem("flour"), w.edited("cart=+flour").rule());
        assertEquals(new WriteValue.AddItem("flour"), w.edited("+flour").rule());
        assertEquals(new WriteValue.MergeRead(), w.edited("merge").rule());
        Operation.Write moved = w.edited("y=b");
        assertEquals("y", moved.key());
        assertEquals(new WriteValue.Literal("b"), moved.rule());
        assertEquals(w.withValue("eggs"), w.edited("eggs"));
        assertEquals(w, w.edited(w.key() + "=" + w.value()), "the editor's own text changes nothing");
        Operation.Write merge = w.withValue(new WriteValue.MergeRead());
        assertEquals(merge, merge.edited(merge.key() + "=" + merge.value()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> w.edited("=a"));
        assertTrue(e.getMessage().contains("key=value"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> w.edited("cart+=milk eggs"));
    }

    @Test
    void withValueTakesTheTextFormAndKeepsWhatItRefusesAsALiteral() {
        // what today's in-place editor calls with the text after "key="
        Operation.Write w = new Operation.Write("w1", "c1", 3, "cart", "milk", false);
        assertEquals(new WriteValue.AddItem("flour"), w.withValue("+flour").rule());
        assertEquals(new WriteValue.MergeRead(), w.withValue("merge").rule());
        assertEquals(new WriteValue.Literal("merge"), w.withValue("\"merge\"").rule());
        assertEquals(
                new WriteValue.Literal("+milk eggs"), w.withValue("+milk eggs").rule());
        Operation.Write add = w.withValue(new WriteValue.AddItem("ham"));
        assertEquals(add, add.withValue(add.value()), "the chip's own text changes nothing");
    }
}
