package dev.berth.desktop.fx;

import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.disposables.SerialDisposable;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What a detail tab's model watches: the slices of one key (a service, a task, a log query) at a
 * time, and only while its tab is shown. {@link #follow} with another key first forgets what the last
 * one showed, so no row of the previous resource stays; {@link #stop} unsubscribes but keeps what is
 * shown, so following the same key again only resumes. Runs on the UI thread.
 */
public final class Follower<K> {
    private final Consumer<K> forget;
    private final Function<K, Disposable> subscribe;
    private final SerialDisposable subscription = new SerialDisposable();
    private K key;
    private boolean following;

    /**
     * @param forget    empties the model before it follows the given (different) key
     * @param subscribe starts watching a key's slices; the disposable stops it
     */
    public Follower(Consumer<K> forget, Function<K, Disposable> subscribe) {
        this.forget = forget;
        this.subscribe = subscribe;
    }

    /** Watches {@code next}'s slices; nothing happens if it already does. */
    public void follow(K next) {
        if (following && Objects.equals(next, key)) {
            return;
        }
        subscription.set(Disposable.empty());
        if (!Objects.equals(next, key)) {
            forget.accept(next);
            key = next;
        }
        following = true;
        subscription.set(subscribe.apply(next));
    }

    /** Subscribes again to the same key (its query changed); nothing while stopped. */
    public void restart() {
        if (following) {
            subscription.set(Disposable.empty());
            subscription.set(subscribe.apply(key));
        }
    }

    /** Stops watching; what was shown stays. */
    public void stop() {
        following = false;
        subscription.set(Disposable.empty());
    }

    public boolean following() {
        return following;
    }

    public void dispose() {
        following = false;
        subscription.dispose();
    }
}
