package dev.bastion.adapters.rest.cors;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * {@code BASTION_CORS_ORIGINS} is a comma-separated list that operators write as
 * {@code "https://a.example, https://b.example"}. Micronaut splits on commas but keeps the
 * spaces, so {@code " https://b.example"} would never match. This trims every configured origin
 * and drops blanks, so an empty variable stays an empty list: no origin allowed.
 * A configuration that names no origins at all (Micronaut's "any origin" default) is left alone.
 */
@Singleton
final class CorsOriginsNormalizer implements BeanCreatedEventListener<HttpServerConfiguration.CorsConfiguration> {

    @Override
    public HttpServerConfiguration.CorsConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration.CorsConfiguration> event) {
        HttpServerConfiguration.CorsConfiguration cors = event.getBean();
        for (CorsOriginConfiguration configuration : cors.getConfigurations().values()) {
            List<String> origins = configuration.getAllowedOrigins();
            if (origins != CorsOriginConfiguration.ANY) {
                configuration.setAllowedOrigins(origins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).toList());
            }
        }
        return cors;
    }
}
