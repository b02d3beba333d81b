package org.tongchou.app.dashboard;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Unmodifiable copies of a view's large parts (a province's 1,203 ranking rows, their trends) that hash once and
 * compare equal to themselves at once. The rendered content of a page is kept by its model
 * ({@code web.RenderedContent}), whose key hashes and compares the model on every view: with these, a view built
 * from the same kept parts costs a few field reads instead of a walk over every row. Equality and hash are those of
 * {@link List} and {@link Map}, so a sealed copy equals any list or map of the same elements.
 */
final class Sealed {
    private Sealed() {
    }

    static <E> List<E> list(List<E> elements) {
        return elements instanceof SealedList<E> s ? s : new SealedList<>(Collections.unmodifiableList(new ArrayList<>(elements)));
    }

    static <K, V> Map<K, V> map(Map<K, V> entries) {
        return entries instanceof SealedMap<K, V> s ? s : new SealedMap<>(Collections.unmodifiableMap(new LinkedHashMap<>(entries)));
    }

    private static final class SealedList<E> extends AbstractList<E> implements RandomAccess {
        private final List<E> elements;
        private int hash;

        SealedList(List<E> elements) {
            this.elements = elements;
        }

        @Override
        public E get(int index) {
            return elements.get(index);
        }

        @Override
        public int size() {
            return elements.size();
        }

        @Override
        public int hashCode() {
            int h = hash; // racy but benign, as String's: an int is written whole, and any thread computes the same value
            if (h == 0) {
                h = elements.hashCode();
                hash = h;
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (o instanceof SealedList<?> s && s.hashCode() != hashCode()) return false;
            return elements.equals(o);
        }
    }

    private static final class SealedMap<K, V> extends AbstractMap<K, V> {
        private final Map<K, V> entries;
        private int hash;

        SealedMap(Map<K, V> entries) {
            this.entries = entries;
        }

        @Override
        public Set<Entry<K, V>> entrySet() {
            return entries.entrySet();
        }

        @Override
        public V get(Object key) {
            return entries.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public int hashCode() {
            int h = hash; // racy but benign, as String's: an int is written whole, and any thread computes the same value
            if (h == 0) {
                h = entries.hashCode();
                hash = h;
            }
            return h;
        }

        @Override
        public boolean equals(Object o) {
            if (o == this) return true;
            if (o instanceof SealedMap<?, ?> s && s.hashCode() != hashCode()) return false;
            return entries.equals(o);
        }
    }
}
