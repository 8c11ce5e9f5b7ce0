package io.conflictexplorer.node.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The members of a parsed JSON object: an immutable map in key order, kept in two arrays instead of
 * a LinkedHashMap (a message's objects have a handful of members, and this is on the path of every
 * line). Lookups scan up to {@value #SCAN_LIMIT} members and use a hash index above that, so a huge
 * object cannot make parsing quadratic. A repeated key keeps its first position and its last value,
 * as Python's {@code json} module does.
 */
final class Members extends AbstractMap<String, Json> {

    static final int SCAN_LIMIT = 8;

    private String[] keys;
    private Json[] values;
    private int size;
    private HashMap<String, Integer> index; // only above SCAN_LIMIT members

    Members() {
        keys = new String[8]; // a request's body has up to 5 members: never grown
        values = new Json[8];
    }

    /**
     * While parsing: adds a member, or replaces the value of a repeated key in place. The parser
     * interns every name, so a repeated name is the same instance: found by identity alone.
     */
    void add(String key, Json value) {
        int at = index != null ? find(key) : findSame(key);
        if (at >= 0) {
            values[at] = value;
            return;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        if (index != null) {
            index.put(key, size);
        } else if (size + 1 > SCAN_LIMIT) {
            index = new HashMap<>();
            for (int i = 0; i <= size; i++) {
                index.put(keys[i], i);
            }
        }
        size++;
    }

    private int findSame(String key) {
        for (int i = 0; i < size; i++) {
            if (keys[i] == key) {
                return i;
            }
        }
        return -1;
    }

    private int find(Object key) {
        if (!(key instanceof String)) {
            return -1;
        }
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < size; i++) { // parsed names are mostly the same instances: identity first
            if (keys[i] == key) {
                return i;
            }
        }
        int h = key.hashCode(); // cached in each string: compares most other names without their text
        for (int i = 0; i < size; i++) {
            if (keys[i].hashCode() == h && keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    int count() {
        return size;
    }

    String keyAt(int i) {
        return keys[i];
    }

    Json valueAt(int i) {
        return values[i];
    }

    @Override
    public Json get(Object key) {
        int i = find(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return find(key) >= 0;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    @Override
    public Set<Map.Entry<String, Json>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Json>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Json> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new AbstractMap.SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
