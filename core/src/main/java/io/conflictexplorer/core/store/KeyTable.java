package io.conflictexplorer.core.store;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The store's key -> stored values table: open addressing with linear probing in two parallel
 * arrays, kept at most three quarters full. Keys are only ever added (a written key always keeps
 * at least one value), so there are no deletions. Why not a {@code HashMap}: its entry object and
 * table slot cost about 40 bytes per key, these two slots about 16 at the same load; a store holds
 * millions of keys, and this was a third of its memory per key.
 *
 * @param <T> what a key maps to
 */
final class KeyTable<T> {

    private String[] keys = new String[16];
    private Object[] values = new Object[16];
    private int size;

    @SuppressWarnings("unchecked")
    T get(String key) {
        String[] ks = keys;
        int mask = ks.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = ks[i];
            if (k == null) {
                return null;
            }
            if (k.equals(key)) {
                return (T) values[i];
            }
        }
    }

    void put(String key, T value) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) {
                keys[i] = key;
                values[i] = value;
                if (++size * 4 > keys.length * 3) {
                    grow();
                }
                return;
            }
            if (k.equals(key)) {
                values[i] = value;
                return;
            }
        }
    }

    int size() {
        return size;
    }

    /** The keys, in no particular order; a view that sees later additions. */
    Set<String> keys() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                String[] ks = keys;
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        while (from < ks.length && ks[from] == null) {
                            from++;
                        }
                        return from;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < ks.length;
                    }

                    @Override
                    public String next() {
                        if (next >= ks.length) {
                            throw new NoSuchElementException();
                        }
                        String k = ks[next];
                        next = advance(next + 1);
                        return k;
                    }
                };
            }

            @Override
            public boolean contains(Object o) {
                return o instanceof String s && get(s) != null;
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            String k = oldKeys[j];
            if (k != null) {
                int i = spread(k.hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = k;
                values[i] = oldValues[j];
            }
        }
        Arrays.fill(oldValues, null);
    }

    /** Mixes the high bits in, as HashMap does: keys such as "k1".."k999" differ in low bits only. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
