package dev.bastion.domain.monitor;

/**
 * The machine and the process this instance runs in. The host figures come from the last
 * background sample, so asking never waits for the operating system's slow probes.
 */
public interface HostProbe {

    HostStatus host();

    JvmStatus jvm();
}
