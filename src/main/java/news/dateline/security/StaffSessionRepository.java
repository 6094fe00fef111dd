package news.dateline.security;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps the admin's sign-in in the HTTP session, as Spring Security does by default, but
 * checks the account again on every request: a disabled account is signed out at once and
 * a new role applies at once, on whichever node the request lands. One primary-key read
 * per admin request.
 */
class StaffSessionRepository implements SecurityContextRepository {

	private final SecurityContextRepository delegate = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	private final StaffAccounts accounts;

	StaffSessionRepository(StaffAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
		DeferredSecurityContext stored = this.delegate.loadDeferredContext(request);
		Supplier<SecurityContext> checked = new Supplier<>() {

			private SecurityContext context;

			@Override
			public SecurityContext get() {
				if (this.context == null) {
					this.context = recheck(stored.get());
				}
				return this.context;
			}

		};
		return new DeferredSecurityContext() {

			@Override
			public SecurityContext get() {
				return checked.get();
			}

			@Override
			public boolean isGenerated() {
				return stored.isGenerated();
			}

		};
	}

	private SecurityContext recheck(SecurityContext context) {
		Authentication authentication = context.getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffPrincipal signedIn)) {
			return context;
		}
		Optional<StaffPrincipal> now = this.accounts.current(signedIn.userId());
		if (now.isEmpty()) {
			return SecurityContextHolder.createEmptyContext();
		}
		if (now.get().equals(signedIn)) {
			return context;
		}
		return new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(now.get(), null, now.get().authorities()));
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return recheck(this.delegate.loadContext(holder));
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		this.delegate.saveContext(context, request, response);
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return this.delegate.containsContext(request);
	}

}
