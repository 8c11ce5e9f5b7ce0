package io.conflictexplorer.gui.run.model;

/**
 * One line of the run window's list of divergences (first first): the request's line and the
 * sentence, and what selecting it shows.
 *
 * @param text    {@code line N: SENTENCE}, as the list shows it
 * @param chip    the chip of the operation it is about, or -1 (a reply to no read or write)
 * @param details what the details show when it has no chip: its lines and its sentence
 */
public record DivergenceEntry(String text, int chip, ChipDetails details) {

    @Override
    public String toString() {
        return text;
    }
}
