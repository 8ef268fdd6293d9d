package io.stakingledger.app.config;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps every loaded pool aggregate in memory. A pool is one aggregate with its whole history, and
 * pools are few, so holding them strongly avoids re-reading a long event stream on every command
 * (a weak-reference cache would drop them at the next GC). Rolled-back units of work evict through
 * {@link #remove}, so the cache never holds state that was not stored.
 */
final class AggregateCache implements Cache {

    private final ConcurrentHashMap<Object, Object> entries = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key) != null;
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }
}
