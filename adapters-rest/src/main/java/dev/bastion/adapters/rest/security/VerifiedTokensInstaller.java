package dev.bastion.adapters.rest.security;

import com.nimbusds.jwt.JWT;
import dev.bastion.domain.shared.Clock;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.runtime.context.scope.refresh.RefreshEvent;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.token.jwt.nimbus.NimbusJsonWebTokenValidatorConfiguration;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import io.micronaut.security.token.jwt.validator.JwtAuthenticationFactory;
import io.micronaut.security.token.jwt.validator.ReactiveJsonWebTokenValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import reactor.core.scheduler.Schedulers;

/**
 * Puts {@link VerifiedTokens} in front of Micronaut's bearer-token validator
 * ({@code NimbusReactiveJsonWebTokenValidator}, the {@code TokenValidator} that
 * {@code TokenAuthenticationFetcher} asks; package-private, so it is wrapped where it is created
 * rather than replaced). The wrapper gets the same claims validators and authentication factory.
 *
 * <p>A configuration refresh empties the memory, so that nothing verified under an old
 * configuration (a key, say) outlives it. Refreshing a session does not: the access tokens of a
 * session stay valid until their {@code exp} after a refresh, by design, and ending a session is
 * the per-request session check's business, which a remembered token does not skip.
 */
@Singleton
@SuppressWarnings({"rawtypes", "unchecked"})
final class VerifiedTokensInstaller implements BeanCreatedEventListener<ReactiveJsonWebTokenValidator>,
        ApplicationEventListener<RefreshEvent> {

    private final BeanProvider<GenericJwtClaimsValidator> claimsValidators;
    private final BeanProvider<JwtAuthenticationFactory> authentications;
    private final BeanProvider<Clock> clock;
    private final BeanProvider<NimbusJsonWebTokenValidatorConfiguration> configuration;
    private final BeanProvider<ExecutorService> blocking;
    private final List<VerifiedTokens<?>> installed = new CopyOnWriteArrayList<>();

    VerifiedTokensInstaller(BeanProvider<GenericJwtClaimsValidator> claimsValidators,
                            BeanProvider<JwtAuthenticationFactory> authentications, BeanProvider<Clock> clock,
                            BeanProvider<NimbusJsonWebTokenValidatorConfiguration> configuration,
                            @Named(TaskExecutors.BLOCKING) BeanProvider<ExecutorService> blocking) {
        this.claimsValidators = claimsValidators;
        this.authentications = authentications;
        this.clock = clock;
        this.configuration = configuration;
        this.blocking = blocking;
    }

    @Override
    public ReactiveJsonWebTokenValidator onCreated(BeanCreatedEvent<ReactiveJsonWebTokenValidator> event) {
        ReactiveJsonWebTokenValidator validator = event.getBean();
        if (validator instanceof VerifiedTokens<?>) {
            return validator;
        }
        boolean onBlocking = configuration.find(null)
                .map(NimbusJsonWebTokenValidatorConfiguration::isReactiveValidatorExecuteOnBlocking).orElse(false);
        VerifiedTokens<?> wrapper = new VerifiedTokens<>((ReactiveJsonWebTokenValidator<JWT, Object>) validator,
                (List) claimsValidators.stream().toList(), authentications.get(), clock.get(),
                onBlocking ? Schedulers.fromExecutorService(blocking.get()) : null);
        installed.add(wrapper);
        return wrapper;
    }

    @Override
    public void onApplicationEvent(RefreshEvent event) {
        installed.forEach(VerifiedTokens::forgetAll);
    }
}
