package dev.bastion.application.identity.signin;

/**
 * The sign-in and session policies as they are now: read at the moment of use (each sign-in, refresh,
 * password change), so a change of a parameter applies on every instance from the next request on,
 * without a restart. An outbound port of identity; {@link ConfiguredAuthPolicies} reads it from the
 * built-in configuration parameters.
 */
@FunctionalInterface
public interface AuthPolicies {

    AuthSettings current();
}
