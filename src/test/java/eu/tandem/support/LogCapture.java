package eu.tandem.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.filter.Filter;
import org.slf4j.LoggerFactory;

/**
 * Everything the application logs while it is open, from every thread, down to the level asked for: the root
 * logger is raised to that level for the while (loggers configured with a level of their own keep it), and the
 * appenders already there are held at INFO so that the build's output does not drown. Closing puts it all back.
 */
public final class LogCapture implements AutoCloseable {

	private final Logger root;
	private final Level previousLevel;
	private final Map<Appender<ILoggingEvent>, List<Filter<ILoggingEvent>>> heldBack = new LinkedHashMap<>();
	private final ConcurrentLinkedQueue<String> lines = new ConcurrentLinkedQueue<>();
	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
		@Override
		protected void append(ILoggingEvent event) {
			var line = new StringBuilder().append(event.getLevel()).append(' ').append(event.getLoggerName()).append(": ")
				.append(event.getFormattedMessage());
			if (!event.getMDCPropertyMap().isEmpty()) {
				line.append(' ').append(event.getMDCPropertyMap());
			}
			if (event.getKeyValuePairs() != null) {
				line.append(' ').append(event.getKeyValuePairs());
			}
			if (event.getThrowableProxy() != null) {
				line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
			}
			lines.add(line.toString());
		}
	};

	private LogCapture(Level level) {
		var context = (LoggerContext) LoggerFactory.getILoggerFactory();
		root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		previousLevel = root.getLevel();
		root.iteratorForAppenders().forEachRemaining(existing -> {
			heldBack.put(existing, existing.getCopyOfAttachedFiltersList());
			var info = new ThresholdFilter();
			info.setLevel(Level.INFO.levelStr);
			info.start();
			existing.addFilter(info);
		});
		appender.setContext(context);
		appender.setName("log-capture");
		appender.start();
		root.addAppender(appender);
		root.setLevel(level);
	}

	/** Captures from now on at DEBUG. */
	public static LogCapture atDebug() {
		return new LogCapture(Level.DEBUG);
	}

	/** What was logged so far, one entry per event, with its stack trace if it had one. */
	public List<String> lines() {
		return new ArrayList<>(lines);
	}

	@Override
	public void close() {
		root.setLevel(previousLevel);
		root.detachAppender(appender);
		appender.stop();
		heldBack.forEach((existing, filters) -> {
			existing.clearAllFilters();
			filters.forEach(existing::addFilter);
		});
	}
}
