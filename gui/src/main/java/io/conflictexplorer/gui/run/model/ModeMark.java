package io.conflictexplorer.gui.run.model;

/**
 * A mark on a run's time axis that is not an operation (a {@code set_mode} the node accepted), drawn
 * as a dashed line across the lanes just before {@code time}.
 *
 * @param label what is written at its top (the mode: {@code vv}, {@code lww}), or empty
 */
public record ModeMark(long time, String label) {}
