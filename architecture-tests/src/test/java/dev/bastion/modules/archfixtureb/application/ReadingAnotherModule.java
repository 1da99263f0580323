package dev.bastion.modules.archfixtureb.application;

import dev.bastion.modules.archfixturea.domain.Widget;

/** Breaks module isolation: module b imports module a (it should react to a's events instead). */
public final class ReadingAnotherModule {

    public String name(Widget widget) {
        return widget.name();
    }
}
