package dev.bastion.application.archfixture;

/** WRONG ON PURPOSE: one type from each family the core must never touch. */
public final class FrameworkGrabBag {

    io.micronaut.context.ApplicationContext micronaut;
    jakarta.inject.Provider<String> jakarta;
    io.lettuce.core.RedisClient lettuce;
    org.mapstruct.MappingTarget mapstruct;
    com.fasterxml.jackson.databind.ObjectMapper jackson;
    org.flywaydb.core.Flyway flyway;
    io.swagger.v3.oas.annotations.media.Schema swagger;
    org.slf4j.Logger slf4j;
    java.sql.Connection sql;
    javax.sql.DataSource dataSource;
}
