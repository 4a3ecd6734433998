package eu.tandem.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Deny by default: every page needs both sign-in factors, except the sign-in pages themselves, static
 * assets and the health probes. Role rules sit on the controllers ({@code @PreAuthorize}), next to the
 * screens they guard; record rules sit in the facades. Every response carries the security headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * Scripts only from this origin, no inline script or style, no framing, no plugins. Images may be
	 * data: URIs for small icons; the QR code is inline SVG and needs nothing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Metrics on a separate management port ({@code management.server.port}) are for the monitoring network
	 * that alone reaches that port, so a scraper needs no account there. On the application port they stay
	 * behind sign-in.
	 */
	static RequestMatcher onManagementPort(Environment environment) {
		return request -> {
			var managementPort = environment.getProperty("local.management.port", Integer.class);
			var serverPort = environment.getProperty("local.server.port", Integer.class);
			return managementPort != null && !managementPort.equals(serverPort)
					&& request.getLocalPort() == managementPort && request.getRequestURI().startsWith("/actuator/");
		};
	}

	private static String[] publicPaths(List<PublicPages> publicPages) {
		return publicPages.stream().flatMap(pages -> pages.paths().stream()).toArray(String[]::new);
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	RequestCache requestCache() {
		return new HttpSessionRequestCache();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PasswordStep passwordStep, SignIns signIns,
			AccountStore accounts, SecurityContextRepository contexts, RequestCache requestCache, Clock clock,
			Environment environment, List<PublicPages> publicPages,
			@Value("${tandem.session.absolute-lifetime}") Duration absoluteLifetime) throws Exception {
		var signInEntry = new LoginUrlAuthenticationEntryPoint("/sign-in");
		// a redirect names a path, never a host taken from the request's Host header
		signInEntry.setFavorRelativeUris(true);
		var denied = new AccessDeniedHandlerImpl();
		denied.setErrorPage("/access-denied");
		http
			.authorizeHttpRequests(requests -> requests
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg").permitAll()
				.requestMatchers("/sign-in", "/access-denied").permitAll()
				// the language switch is in every header, signed in or not
				.requestMatchers("/language").permitAll()
				.requestMatchers(HttpMethod.GET, "/login").permitAll()
				.requestMatchers(HttpMethod.GET, publicPaths(publicPages)).permitAll()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers(onManagementPort(environment)).permitAll()
				.requestMatchers("/sign-in/code", "/sign-in/enrol").hasAuthority(PasswordVerified.AUTHORITY)
				.requestMatchers("/account/password").hasAnyAuthority(SignedIn.AUTHORITY, SignedIn.PASSWORD_CHANGE_REQUIRED)
				.requestMatchers("/actuator/**").hasRole(Role.SYSTEM_ADMINISTRATOR.name())
				.anyRequest().hasAuthority(SignedIn.AUTHORITY))
			// the password step alone, with no parent manager to try it a second time on failure
			.authenticationManager(new ProviderManager(passwordStep))
			.securityContext(context -> context.securityContextRepository(contexts))
			.requestCache(cache -> cache.requestCache(requestCache))
			.formLogin(form -> form
				.loginPage("/sign-in")
				.loginProcessingUrl("/sign-in")
				.successHandler(new PasswordStepHandlers.Accepted(signIns))
				.failureHandler(new PasswordStepHandlers.Refused()))
			.logout(logout -> logout
				.logoutUrl("/sign-out")
				.addLogoutHandler(new PasswordStepHandlers.SignOutTrace(signIns))
				.logoutSuccessUrl("/sign-in?signed-out")
				.invalidateHttpSession(true)
				.clearAuthentication(true))
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(PasswordStepHandlers.htmxEntryPoint(), PasswordStepHandlers::isHtmx)
				// a script asking the JSON interface is told it is not signed in, not sent to a sign-in page
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
						PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
				.defaultAuthenticationEntryPointFor(signInEntry, AnyRequestMatcher.INSTANCE)
				.accessDeniedHandler(new PasswordStepHandlers.Denied(denied)))
			.addFilterBefore(new SessionGuard(accounts, signIns, clock, absoluteLifetime), AuthorizationFilter.class)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.frameOptions(frame -> frame.deny())
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
				.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		return http.build();
	}
}
