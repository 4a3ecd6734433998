package eu.tandem.support;

import java.util.ArrayList;
import java.util.function.Predicate;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Someone who uses the keyboard alone: they move with Tab, type into what has the focus, choose with the arrow keys
 * and Space, and send with Enter. Nothing is clicked; an element that Tab never reaches cannot be used.
 */
public final class Keyboard {

	private static final int MOST_TABS = 150;

	private final WebDriver browser;

	public Keyboard(WebDriver browser) {
		this.browser = browser;
	}

	public WebElement focused() {
		return browser.switchTo().activeElement();
	}

	/** Presses Tab until the focus is on what {@code target} accepts, as a person moving through the page would. */
	public WebElement tabTo(String what, Predicate<WebElement> target) {
		var passed = new ArrayList<String>();
		for (var tabs = 0; tabs < MOST_TABS; tabs++) {
			press(Keys.TAB);
			var now = focused();
			if (target.test(now)) {
				return now;
			}
			passed.add(now.getTagName() + (now.getDomAttribute("id") == null ? "" : "#" + now.getDomAttribute("id")));
		}
		throw new AssertionError("Tab never reached " + what + "; it passed " + passed);
	}

	/** Tabs to the field with this id. */
	public WebElement tabToField(String id) {
		return tabTo("#" + id, element -> id.equals(element.getDomAttribute("id")));
	}

	public void type(String text) {
		new Actions(browser).sendKeys(text).perform();
	}

	public void press(Keys key) {
		new Actions(browser).sendKeys(key).perform();
	}

	/** On a focused list or radio group, presses the down arrow until the chosen value is {@code value}. */
	public void arrowTo(String value) {
		for (var presses = 0; presses < 30; presses++) {
			if (value.equals(focused().getDomProperty("value")) && isChosen(focused())) {
				return;
			}
			press(Keys.ARROW_DOWN);
		}
		throw new AssertionError("The arrow keys never chose " + value + "; the focus is on " + focused().getDomProperty("value"));
	}

	private static boolean isChosen(WebElement element) {
		return !"radio".equals(element.getDomAttribute("type")) || element.isSelected();
	}
}
