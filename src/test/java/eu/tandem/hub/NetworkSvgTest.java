package eu.tandem.hub;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import eu.tandem.agency.Sector;
import eu.tandem.hub.NetworkPicture.Member;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The template hub/network-svg.html, rendered on its own from a picture's drawing: what it writes as SVG. */
class NetworkSvgTest extends NetworkPictureFixtures {

	static final SpringTemplateEngine TEMPLATES = new SpringTemplateEngine();

	static {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		TEMPLATES.setTemplateResolver(resolver);
	}

	/** The fragment as the page includes it, its two parameters bound as the page binds them. */
	static String svg(NetworkPicture picture) {
		var context = new Context(Locale.ROOT);
		context.setVariable("drawing", picture.drawing());
		context.setVariable("name", picture.ariaLabel());
		return TEMPLATES.process("hub/network-svg", Set.of("network"), context).strip();
	}

	@Test
	void everyTextIsEscapedAndTheSvgIsWellFormed() throws Exception {
		var awkward = new Member("Smith & O'Neil \"Mind\" Practice", Sector.MENTAL_HEALTH_CARE);
		var picture = NetworkPicture.of("Hub \"Zuid\" & Omgeving's <network>", List.of(awkward, policeMember),
				List.of(List.of(inForce("Covenant", flow(1, DataCategory.HEALTH, Sector.MENTAL_HEALTH_CARE, Sector.POLICE)))),
				today, HubWords::inEnglish);

		var svg = svg(picture);

		assertThat(svg).contains("Smith &amp; O&#39;Neil &quot;Mind&quot;").contains("&lt;network&gt;")
			.doesNotContain("O'Neil").doesNotContain("\"Mind\"").doesNotContain("<network>").doesNotContain("& O");
		var document = parse(svg);
		assertThat(linesOf(document, "network-svg__agency-name")).contains("Smith & O'Neil \"Mind\" Practice");
		assertThat(linesOf(document, "network-svg__hub-name")).containsExactly("Hub \"Zuid\" & Omgeving's <network>");
		assertThat(document.getDocumentElement().getAttribute("aria-label"))
			.startsWith("Network picture of Hub \"Zuid\" & Omgeving's <network> with 2 member agencies in 2 sectors.");
	}

	@Test
	void svgHasNoScriptNoEventHandlerAndNoStyleAndScalesWithItsViewBox() throws Exception {
		var picture = picture(busyHub(), busyAgreement());
		var svg = svg(picture);

		assertThat(svg).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("style")
			.doesNotContainPattern("\\son[a-z]+=").doesNotContain("th:");
		var root = parse(svg).getDocumentElement();
		var view = picture.drawing().view();
		assertThat(root.getAttribute("viewBox"))
			.isEqualTo(view.x() + " " + view.y() + " " + view.width() + " " + view.height());
		assertThat(root.getAttribute("width")).isEqualTo(String.valueOf(view.width()));
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(root.getAttribute("aria-label")).isEqualTo(picture.ariaLabel());
	}

	@Test
	void drawsEveryAgencySectorLinkAndArrowOfTheDrawingWhereTheDrawingPutsThem() throws Exception {
		var drawing = picture(busyHub(), busyAgreement()).drawing();
		var document = parse(svg(picture(busyHub(), busyAgreement())));

		var agencies = groups(document, "network-svg__agency");
		assertThat(agencies).hasSize(drawing.agencies().size());
		for (int i = 0; i < agencies.size(); i++) {
			var circle = (Element) agencies.get(i).getElementsByTagName("circle").item(0);
			var node = drawing.agencies().get(i).node();
			assertThat(List.of(d(circle, "cx"), d(circle, "cy"), d(circle, "r")))
				.containsExactly(node.centre().x(), node.centre().y(), node.radius());
			assertThat(circle.getAttribute("fill")).isEqualTo(NetworkDrawing.colour(drawing.agencies().get(i).sector()));
		}
		assertThat(groups(document, "network-svg__sector")).hasSize(drawing.sectors().size());
		assertThat(groups(document, "network-svg__flow-label")).hasSize(drawing.flows().size());
		var members = groups(document, "network-svg__members").getFirst().getElementsByTagName("line");
		assertThat(members.getLength()).isEqualTo(drawing.membership().size());
		var arrows = groups(document, "network-svg__flows").getFirst().getElementsByTagName("path");
		assertThat(arrows.getLength()).isEqualTo(drawing.flows().size());
		var curve = drawing.flows().getFirst().curve();
		assertThat(((Element) arrows.item(0)).getAttribute("d")).isEqualTo("M" + curve.p0().x() + " " + curve.p0().y()
				+ "C" + curve.p1().x() + " " + curve.p1().y() + " " + curve.p2().x() + " " + curve.p2().y() + " "
				+ curve.p3().x() + " " + curve.p3().y());
		assertThat(((Element) arrows.item(0)).getAttribute("marker-end")).isEqualTo("url(#network-arrowhead)");
	}

	@Test
	void linesOfATextFollowOneAnotherWithNothingBetweenThatCouldShiftThem() throws Exception {
		var picture = NetworkPicture.of("A hub whose name runs over three lines", busyHub(),
				List.of(List.of(busyAgreement())), today, HubWords::inEnglish);
		var document = parse(svg(picture));
		var texts = document.getElementsByTagName("text");

		assertThat(texts.getLength()).isEqualTo(1 + 9 + 12 + 11);
		for (int i = 0; i < texts.getLength(); i++) {
			var text = (Element) texts.item(i);
			var children = text.getChildNodes();
			for (int j = 0; j < children.getLength(); j++) {
				var line = children.item(j);
				assertThat(line.getNodeType()).as("only tspans in %s", text.getAttribute("class"))
					.isEqualTo(Node.ELEMENT_NODE);
				assertThat(((Element) line).getAttribute("x")).isEqualTo(text.getAttribute("x"));
				assertThat(((Element) line).hasAttribute("dy")).as("a line below the first").isEqualTo(j > 0);
			}
		}
		assertThat(((Element) texts.item(9)).getElementsByTagName("tspan").getLength())
			.as("the hub's name, after the sectors").isEqualTo(3);
		assertThat(linesOf(document, "network-svg__hub-name")).containsExactly("A hub whose name runs over three lines");
	}

	private static List<Element> groups(Document document, String cssClass) {
		var all = document.getElementsByTagName("g");
		var found = new ArrayList<Element>();
		for (int i = 0; i < all.getLength(); i++) {
			if (((Element) all.item(i)).getAttribute("class").equals(cssClass)) {
				found.add((Element) all.item(i));
			}
		}
		return found;
	}

	private static double d(Element element, String attribute) {
		return Double.parseDouble(element.getAttribute(attribute));
	}

	private static Document parse(String svg) throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
	}

	/** The texts of a class, each with its lines joined by spaces. */
	private static List<String> linesOf(Document document, String cssClass) {
		var texts = document.getElementsByTagName("text");
		var found = new ArrayList<String>();
		for (int i = 0; i < texts.getLength(); i++) {
			var text = (Element) texts.item(i);
			if (text.getAttribute("class").equals(cssClass)) {
				var spans = text.getElementsByTagName("tspan");
				var lines = new ArrayList<String>();
				for (int j = 0; j < spans.getLength(); j++) {
					lines.add(spans.item(j).getTextContent());
				}
				found.add(String.join(" ", lines));
			}
		}
		return found;
	}
}
