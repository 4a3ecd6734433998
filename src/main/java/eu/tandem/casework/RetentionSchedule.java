package eu.tandem.casework;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily retention job ({@link Retention#daily()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RetentionSchedule {
}
