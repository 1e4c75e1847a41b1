package nl.regiograaf.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Bookmark;

/**
 * Sessions copy the shared bookmarks when they open (new HashSet of getBookmarks()) while other sessions' commits
 * update them: the copy must never see a set being changed. The driver's manager in 5.27 fails this within
 * milliseconds (ConcurrentModificationException, as seen under the soak's mixed load).
 */
class SharedBookmarksTest {

    @Test
    void sessionsCopyingTheBookmarksWhileOthersCommitNeverFail() throws InterruptedException {
        SharedBookmarks bookmarks = new SharedBookmarks();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            threads.add(new Thread(() -> {
                Set<Bookmark> previous = Set.of();
                for (int i = 0; !stop.get(); i++) {
                    Set<Bookmark> next = Set.of(Bookmark.from("w" + writer + ":" + i), Bookmark.from("x" + writer + ":" + i));
                    bookmarks.updateBookmarks(previous, next);
                    previous = next;
                }
            }));
        }
        for (int r = 0; r < 2; r++) {
            threads.add(new Thread(() -> {
                try {
                    while (!stop.get()) {
                        new HashSet<>(bookmarks.getBookmarks());
                    }
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        Thread.sleep(1500);
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        assertTrue(failures.isEmpty(), () -> "copying failed: " + failures.peek());
        // Each writer replaced its own previous pair: two writers, two bookmarks each.
        assertEquals(4, bookmarks.getBookmarks().size(), bookmarks.getBookmarks().toString());
    }
}
