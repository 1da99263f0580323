package dev.bastion.application.system.notice.live;

import dev.bastion.application.system.notice.MyNoticeView;
import dev.bastion.domain.identity.UserId;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A signed-in reader watches for notices: {@code onNotice} hears each notice addressed to them as it
 * becomes visible (published on any instance, or its scheduled publishAt reached), with their view
 * of it, until the watch is closed. Called on a background thread; it must not block.
 */
public interface WatchNotices {

    Watch watch(UserId reader, Consumer<MyNoticeView> onNotice);

    /** An open watch; closing it (once or more) stops the deliveries. */
    final class Watch implements AutoCloseable {

        private final Runnable stop;

        public Watch(Runnable stop) {
            this.stop = Objects.requireNonNull(stop, "stop");
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
