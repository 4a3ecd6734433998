package eu.tandem.sharing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts what a page's controller asks of the database, as PostgreSQL sees it: every statement the request's thread
 * prepares or runs from the controller's call until it hands its model to the view, and the transaction it runs in.
 * The application's own data source is wrapped, so nothing is mocked. Not counted: the work of other threads (the
 * scheduler, the audit trail's sealer), what the filters do around the page (the security filter's check that the
 * account is still active, Spring Session's reading and saving of the session) and the layout's header, which names
 * the user's agency on every page; each runs in transactions of its own.
 */
@TestConfiguration(proxyBeanMethods = false)
class SqlCount {

	/** One statement: the request it ran for, its SQL, and the transaction it ran in (one of its own without one). */
	record Statement(String request, String sql, int transaction) {

		boolean auditTrail() {
			return sql.stripLeading().startsWith("insert into audit.event");
		}
	}

	private static final ThreadLocal<String> SERVING = new ThreadLocal<>();
	private static final AtomicInteger TRANSACTIONS = new AtomicInteger();
	static final List<Statement> STATEMENTS = new CopyOnWriteArrayList<>();

	/** The statements the controller ran for requests to this path since the last {@link #clear()}. */
	static List<Statement> of(String path) {
		return STATEMENTS.stream().filter(statement -> statement.request().equals(path)).toList();
	}

	static void clear() {
		STATEMENTS.clear();
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
			}
		};
	}

	/** Marks the thread from the controller's call until it hands its model to the view. */
	@Bean
	WebMvcConfigurer servingPage() {
		return new WebMvcConfigurer() {
			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new HandlerInterceptor() {
					@Override
					public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
						SERVING.set(request.getRequestURI());
						return true;
					}

					@Override
					public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
							@Nullable ModelAndView view) {
						SERVING.remove();
					}

					@Override
					public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
							@Nullable Exception failure) {
						SERVING.remove();
					}
				});
			}
		};
	}

	/** The application's data source, handing out connections that note each statement and transaction. */
	static final class Counting extends DelegatingDataSource implements AutoCloseable {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		/** The pool is still closed at shutdown, before the embedded PostgreSQL stops. */
		@Override
		public void close() throws Exception {
			if (getTargetDataSource() instanceof AutoCloseable pool) {
				pool.close();
			}
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(SqlCount.class.getClassLoader(), new Class<?>[] { Connection.class },
					new Transactions(connection));
		}
	}

	/**
	 * Numbers the transactions on one connection: one begins with the first statement after auto-commit is switched off
	 * or after a commit or rollback; with auto-commit on, each statement is one of its own.
	 */
	private static final class Transactions implements InvocationHandler {

		private final Connection connection;
		private int open;

		Transactions(Connection connection) {
			this.connection = connection;
		}

		@Override
		public @Nullable Object invoke(Object proxy, Method method, Object @Nullable [] args) throws Throwable {
			switch (method.getName()) {
				case "setAutoCommit", "commit", "rollback" -> open = 0;
				case "prepareStatement", "prepareCall" -> note((String) args[0]);
				default -> {
				}
			}
			try {
				var result = method.invoke(connection, args);
				if (method.getName().equals("createStatement")) {
					return statement((java.sql.Statement) result);
				}
				return result;
			}
			catch (InvocationTargetException thrown) {
				throw thrown.getCause();
			}
		}

		private void note(String sql) throws SQLException {
			var request = SERVING.get();
			if (request != null) {
				if (connection.getAutoCommit()) {
					STATEMENTS.add(new Statement(request, sql, TRANSACTIONS.incrementAndGet()));
					return;
				}
				if (open == 0) {
					open = TRANSACTIONS.incrementAndGet();
				}
				STATEMENTS.add(new Statement(request, sql, open));
			}
		}

		/** A plain statement is counted when it runs, with the SQL it runs. */
		private java.sql.Statement statement(java.sql.Statement statement) {
			return (java.sql.Statement) Proxy.newProxyInstance(SqlCount.class.getClassLoader(),
					new Class<?>[] { java.sql.Statement.class }, (proxy, method, args) -> {
						if (method.getName().startsWith("execute") && args != null && args.length > 0 && args[0] instanceof String sql) {
							note(sql);
						}
						try {
							return method.invoke(statement, args);
						}
						catch (InvocationTargetException thrown) {
							throw thrown.getCause();
						}
					});
		}
	}
}
