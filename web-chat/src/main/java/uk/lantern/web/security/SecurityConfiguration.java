package uk.lantern.web.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.authentication.LockedException;

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
 * Sign-in makes a new session, forms carry a CSRF token (and scripts send it as a header),
 * failed sign-ins are throttled, and sign-out ends the session and clears its cookie.
 * A signed-out call to {@code /api/**} gets 401 rather than a redirect to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /** Paths anyone may use without signing in. */
    static final String[] PUBLIC = {"/", "/chat", "/index.html", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
        "/error", "/sign-in", "/ws/chat", "/api/questionnaire", "/api/assessments", "/api/services",
        "/api/services/**", "/oruk/**", "/admin/directory", "/admin/directory/**", "/accessibility", "/privacy",
        "/who-runs-this-service"};

    /** Public endpoints that take POSTs without a session, so no CSRF token: they act on no one's account. */
    static final String[] NO_CSRF = {"/api/assessments", "/ws/chat", "/admin/directory", "/admin/directory/**"};

    @Bean
    SecurityFilterChain lanternSecurity(HttpSecurity http, UserDetailsService accounts, PasswordEncoder passwords,
            SignInThrottle throttle) throws Exception {
        DaoAuthenticationProvider checkPassword = new DaoAuthenticationProvider(accounts);
        checkPassword.setPasswordEncoder(passwords);
        SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/sign-in?error") {
            @Override
            public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response,
                    org.springframework.security.core.AuthenticationException exception)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                String target = exception instanceof LockedException ? "/sign-in?locked" : "/sign-in?error";
                getRedirectStrategy().sendRedirect(request, response, target);
            }
        };
        http.authenticationProvider(new ThrottledAuthenticationProvider(checkPassword, throttle))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/worker/**", "/api/worker/**").hasRole("WORKER")
                        .requestMatchers("/training/group/**", "/api/training/group/**").hasRole("TRAINER")
                        .requestMatchers("/training/**", "/api/training/**").hasAnyRole("WORKER", "TRAINER")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .defaultSuccessUrl("/home", true)
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
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInFirst()));
        return http.build();
    }

    /** Pages send a signed-out person to the sign-in page; {@code /api/**} answers 401 instead. */
    private static AuthenticationEntryPoint signInFirst() {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/sign-in");
        return (request, response, problem) -> (api.matches(request) ? status : page)
                .commence(request, response, problem);
    }

    /** bcrypt through the delegating encoder, so the hash names its scheme and can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
