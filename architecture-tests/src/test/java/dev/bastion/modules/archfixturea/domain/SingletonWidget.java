package dev.bastion.modules.archfixturea.domain;

import jakarta.inject.Singleton;

/** Breaks the module's framework-free domain: a DI annotation. */
@Singleton
public final class SingletonWidget {
}
