package eu.tandem.security;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every handler mapping of the running application as "METHOD pattern", e.g. {@code GET /cases/{id}}: the
 * application's controllers, Spring Boot's error controller and the actuator's endpoints alike. A mapping that
 * takes any method is written {@code ALL}.
 */
final class Endpoints {

	private Endpoints() {
	}

	static Set<String> of(ApplicationContext context) {
		var endpoints = new TreeSet<String>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()
			.forEach(mapping -> mapping.getHandlerMethods().keySet().forEach(info -> endpoints.addAll(named(info))));
		return endpoints;
	}

	private static Set<String> named(RequestMappingInfo info) {
		var methods = info.getMethodsCondition().getMethods();
		var names = new TreeSet<String>();
		for (var pattern : info.getPatternValues()) {
			if (methods.isEmpty()) {
				names.add("ALL " + pattern);
			}
			methods.forEach(method -> names.add(method.name() + " " + pattern));
		}
		return names;
	}
}
