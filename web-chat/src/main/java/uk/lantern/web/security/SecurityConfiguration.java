package uk.lantern.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import uk.lantern.web.account.AccountStore;
import uk.lantern.web.audit.SecurityEvents;
import uk.lantern.web.operations.LanternMeters;
import uk.lantern.web.secondfactor.AdminSecondFactorGate;
import uk.lantern.web.secondfactor.Factors;

/**
 * Who may reach what. The public chat, its page, the public screening and directory APIs and the
 * ORUK feed are open (the directory admin API has its own token, see AdminTokenFilter). Staff
 * pages need a signed-in account with the right role:
 * <ul>
 * <li>{@code /worker/**}, {@code /api/worker/**}: workers (doorstep screening and records);</li>
 * <li>{@code /training/group/**}: trainers; {@code /training/**}: workers and trainers;</li>
 * <li>{@code /admin/**}: admins;</li>
 * <li>anything else not listed: any signed-in account.</li>
 * </ul>
 * Admins also need a one-time code from their authenticator app after the password
 * ({@link AdminSecondFactorGate}, and the factor authorities on {@code /admin/**}).
 * Sign-in makes a new session, forms carry a CSRF token (and scripts send it as a header),
 * failed sign-ins get growing delays ({@link SignInAttempts}), sessions end when the account
 * changes or grows too old ({@link SessionFollowsAccount}), refused requests are logged as
 * security events, and sign-out ends the session and clears its cookie.
 * A signed-out call to {@code /api/**} gets 401 rather than a redirect to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Paths anyone may use without signing in. */
    static final String[] PUBLIC = {"/", "/chat", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
        "/error", "/sign-in", "/ws/chat", "/api/questionnaire", "/api/assessments", "/api/signposts",
        "/api/services", "/api/services/**", "/oruk/**", "/admin/directory", "/admin/directory/**", "/accessibility",
        "/privacy", "/who-runs-this-service"};

    /**
     * Public endpoints that take POSTs without a session, so no CSRF token: they act on no one's account.
     * {@code /oruk/**} takes no POST at all; exempting it lets a stray POST get the API's own 405
     * problem detail (with the CORS header) instead of a bare 403.
     */
    static final String[] NO_CSRF = {"/api/assessments", "/api/signposts", "/ws/chat", "/admin/directory",
        "/admin/directory/**", "/oruk", "/oruk/**"};

    @Bean
    SecurityFilterChain lanternSecurity(HttpSecurity http, AccountStore accounts, PasswordSignIn signIn,
            SecurityEvents events, Clock clock,
            @Value("${lantern.sessions.absolute-lifetime:12h}") Duration absoluteLifetime,
            ObjectProvider<RequestMappingHandlerMapping> mappings) throws Exception {
        RefusedPath refused = new RefusedPath(mappings);
        // Sign-in, sessions and refused-access logging (accounts and sign-in, docs/security.md).
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/sign-in?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                    AuthenticationException exception) throws IOException, ServletException {
                String target = switch (exception) {
                    case PasswordSignIn.TooEarlyException early -> "/sign-in?wait=" + early.waitSeconds();
                    case PasswordSignIn.PasswordTooLongException tooLong -> "/sign-in?too-long";
                    default -> "/sign-in?error";
                };
                SignInController.remember(request);
                getRedirectStrategy().sendRedirect(request, response, target);
            }
        };
        SimpleUrlAuthenticationSuccessHandler success = new SimpleUrlAuthenticationSuccessHandler("/home") {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication signedIn) throws IOException, ServletException {
                request.getSession().setAttribute(SessionFollowsAccount.SIGNED_IN_AT, clock.millis());
                super.onAuthenticationSuccess(request, response, signedIn);
            }
        };
        success.setAlwaysUseDefaultTargetUrl(true);
        AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
        // The only way to check a password: no parent manager that could check one again without the delays.
        http.authenticationManager(new ProviderManager(signIn))
                .addFilterAfter(new SessionFollowsAccount(accounts, clock, absoluteLifetime, events),
                        AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AdminSecondFactorGate(), SessionFollowsAccount.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, denied) -> {
                    events.record("access.refused", request.getRemoteUser(), "status", 403,
                            "method", request.getMethod(), "path", refused.of(request));
                    forbidden.handle(request, response, denied);
                }));
        // End of sign-in and sessions.
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").access(adminWithBothFactors())
                        .requestMatchers("/worker/**", "/api/worker/**").hasRole("WORKER")
                        .requestMatchers("/training/group/**", "/api/training/group/**").hasRole("TRAINER")
                        .requestMatchers("/training/**", "/api/training/**").hasAnyRole("WORKER", "TRAINER")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .successHandler(success)
                        .failureHandler(failure)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .invalidateHttpSession(true)
                        .clearAuthentication(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(NO_CSRF))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst(events, refused)));
        return http.build();
    }

    /** Admin pages: the admin role, signed in with a password and then a one-time code from their app. */
    private static AuthorizationManager<RequestAuthorizationContext> adminWithBothFactors() {
        AuthorizationManager<RequestAuthorizationContext> factors = AllRequiredFactorsAuthorizationManager
                .<RequestAuthorizationContext>builder()
                .requireFactor(factor -> factor.authority(Factors.PASSWORD))
                .requireFactor(factor -> factor.authority(Factors.CODE))
                .build();
        return AuthorizationManagers.allOf(AuthorityAuthorizationManager.hasRole("ADMIN"), factors);
    }

    /**
     * Pages send a signed-out person to the sign-in page; {@code /api/**} answers 401 instead. Both
     * are logged. An address outside the staff areas that matches no page (a member of the public's
     * typing mistake) gets the public "Page not found" (404) instead of the staff sign-in.
     */
    private static AuthenticationEntryPoint signInFirst(SecurityEvents events, RefusedPath refused) {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/sign-in");
        return (request, response, problem) -> {
            if (!StaffAddresses.isStaff(request) && RefusedPath.UNMAPPED.equals(refused.of(request))) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            events.record("access.refused", null, "status", 401, "method", request.getMethod(),
                    "path", refused.of(request));
            (api.matches(request) ? status : page).commence(request, response, problem);
        };
    }

    @Bean
    PasswordSignIn passwordSignIn(AccountStore accounts, PasswordEncoder passwords, SignInAttempts attempts,
            SecurityEvents events, Clock clock, LanternMeters meters) {
        return new PasswordSignIn(accounts, passwords, attempts, events, clock, meters);
    }

    /**
     * Argon2id (Spring Security's current defaults: 16 MiB, 2 passes) through the delegating
     * encoder, so every hash names its scheme. Passwords up to 256 characters count in full, unlike
     * bcrypt's first 72 bytes; bcrypt hashes made before still match and are replaced at sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        String current = "argon2@SpringSecurity_v5_8";
        Map<String, PasswordEncoder> schemes = Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(current, schemes);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
