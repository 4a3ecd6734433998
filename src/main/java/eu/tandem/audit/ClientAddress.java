package eu.tandem.audit;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address the current request came from. Behind a proxy, set {@code server.forward-headers-strategy}
 * so that this is the client's address and not the proxy's; forwarded headers are never trusted otherwise.
 */
final class ClientAddress {

	private ClientAddress() {
	}

	static @Nullable String ofCurrentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}
}
