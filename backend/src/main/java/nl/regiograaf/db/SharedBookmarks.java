package nl.regiograaf.db;

import java.util.HashSet;
import java.util.Set;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;

/**
 * The bookmarks every session shares (causal consistency: a read waits for the writes this instance has seen).
 * The driver's own manager in 5.27 hands out a view of a set it mutates, so a session opened during another's commit
 * can fail with a ConcurrentModificationException (neo4j-java-driver#1601, fixed in 5.28, which needs Netty 4.2 and
 * breaks in-process Bolt on 5.26). This one publishes an immutable snapshot on every update.
 */
final class SharedBookmarks implements BookmarkManager {

    private static final long serialVersionUID = 1L;

    private volatile Set<Bookmark> bookmarks = Set.of();

    @Override
    public synchronized void updateBookmarks(Set<Bookmark> previousBookmarks, Set<Bookmark> newBookmarks) {
        Set<Bookmark> next = new HashSet<>(bookmarks);
        next.removeAll(previousBookmarks);
        next.addAll(newBookmarks);
        bookmarks = Set.copyOf(next);
    }

    @Override
    public Set<Bookmark> getBookmarks() {
        return bookmarks;
    }
}
