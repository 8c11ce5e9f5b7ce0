package io.conflictexplorer.gui.schemes.model;

/**
 * What one replica stores for one key under one scheme, as its column shows it.
 *
 * @param key       the key
 * @param stored    the values with the scheme's clocks, as its source writes them
 *                  ({@code (A,3,[v3,v2])}); when folded, the first values and {@code …}
 * @param siblings  how many values are stored
 * @param clockSize entries in the clocks stored for the key
 * @param hidden    how many values the folded text leaves out (0: none)
 */
public record KeyCell(String key, String stored, int siblings, int clockSize, int hidden) {}
