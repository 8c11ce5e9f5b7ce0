package io.conflictexplorer.core.store;

import java.util.Locale;

/**
 * How a {@link Store} resolves two values of one key.
 *
 * <ul>
 *   <li>{@code LWW}: last writer wins. Only the value with the greatest timestamp is kept; every
 *       other value is dropped, causally superseded or not.</li>
 *   <li>{@code VV}: version vectors. A value is dropped only when a newer value's clock descends
 *       its clock; concurrent values are all kept as siblings.</li>
 * </ul>
 */
public enum Mode {
    LWW,
    VV;

    /** The mode named exactly {@code lww} or {@code vv}, as the protocol spells them. */
    public static Mode parse(String name) {
        if (name != null) {
            switch (name) {
                case "lww":
                    return LWW;
                case "vv":
                    return VV;
                default:
                    break;
            }
        }
        throw new IllegalArgumentException(
                "mode must be \"lww\" or \"vv\", was " + (name == null ? "null" : "\"" + name + "\""));
    }

    /** The protocol's name for this mode: {@code lww} or {@code vv}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
