package uk.lantern.web.operations;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach the management endpoints ({@code /actuator/health/**}, {@code /actuator/prometheus}).
 * They are served on a management port of their own ({@code management.server.port}, 8081 unless
 * {@code LANTERN_MANAGEMENT_PORT} says otherwise), bound to loopback unless
 * {@code LANTERN_MANAGEMENT_ADDRESS} names a private interface for the load balancer and Prometheus:
 * the network keeps the public out, and the probes need no account. Should someone put them back on
 * the public port, they need a signed-in admin instead, so they are never public. The public port
 * has no {@code /actuator} paths at all in the default set-up (docs/deployment.md).
 */
@Configuration(proxyBeanMethods = false)
class ManagementAccess {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementEndpoints(HttpSecurity http, Environment environment) throws Exception {
        boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> {
                    if (ownPort) {
                        auth.anyRequest().permitAll();
                    } else {
                        auth.anyRequest().hasRole("ADMIN");
                    }
                })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
