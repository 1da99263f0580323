package dev.bastion.adapters.messaging.identity.signin;

import dev.bastion.domain.identity.LoginThrottle;

class InProcessLoginThrottleTest extends LoginThrottleContract {

    @Override
    protected LoginThrottle newThrottle() {
        return new InProcessLoginThrottle();
    }
}
