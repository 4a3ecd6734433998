package eu.tandem.sharing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.core.io.ClassPathResource;

/**
 * The readable PDF of a subject access export. DejaVu Sans is embedded so that names in Greek, Cyrillic and other
 * scripts print as written; the JSON export carries the same content for machines.
 */
final class SubjectAccessPdf {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private final Font body;
	private final Font small;
	private final Font heading;
	private final Font title;

	SubjectAccessPdf() {
		var regular = font("fonts/DejaVuSans.ttf");
		var bold = font("fonts/DejaVuSans-Bold.ttf");
		body = new Font(regular, 10);
		small = new Font(regular, 8);
		heading = new Font(bold, 13);
		title = new Font(bold, 18);
	}

	byte[] render(SubjectAccessReport report) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle("Subject access export");
		document.addCreator("Tandem");
		document.open();
		document.add(new Paragraph("What Tandem holds about you", title));
		document.add(new Paragraph("Prepared " + WHEN.format(report.generatedAt()) + " by " + report.generatedBy()
				+ ", data protection officer. Everything recorded about you in the cases listed below, who it was shared "
				+ "with, and who looked at it.", body));

		section(document, "You in the register");
		var person = report.person();
		table(document, List.of(
				List.of("Names", String.join("; ", person.names())),
				List.of("Date of birth", orDash(person.dateOfBirth())),
				List.of("Sex / gender", orDash(person.sex()) + " / " + orDash(person.gender())),
				List.of("Languages", String.join(", ", person.languages())),
				List.of("Addresses", String.join("; ", person.addresses())),
				List.of("Identifiers", String.join("; ", person.identifiers()))));

		section(document, "Cases (" + report.cases().size() + ")");
		table(document, report.cases().stream().map(each -> List.of(each.hub(), "opened " + WHEN.format(each.openedAt())
				+ (each.closedAt() == null ? ", open" : ", closed " + WHEN.format(each.closedAt())) + ", case owner " + orDash(each.owner())))
			.toList());

		section(document, "Information recorded (" + report.items().size() + ")");
		for (var item : report.items()) {
			document.add(new Paragraph(item.category() + " · " + item.kind() + " · " + item.heldBy() + " · " + item.recordedBy() + " · "
					+ WHEN.format(item.recordedAt()), small));
			document.add(new Paragraph(item.text(), body));
			for (var earlier : item.earlierVersions()) {
				document.add(new Paragraph("Earlier version, replaced " + WHEN.format(earlier.replacedAt()) + " (" + earlier.reason()
						+ "): " + earlier.text(), small));
			}
		}

		section(document, "Your consent decisions (" + report.consents().size() + ")");
		table(document, report.consents().stream().map(consent -> List.of(consent.decidedOn().toString(), consent.decision() + " by "
				+ consent.decidedBy().toLowerCase() + ": " + String.join(", ", consent.categories()) + " for " + String.join(", ",
						consent.purposes()) + " to " + String.join(", ", consent.agencies()) + " (" + consent.obtained() + ")"))
			.toList());

		section(document, "Disclosures between agencies (" + report.disclosures().size() + ")");
		table(document, report.disclosures().stream().map(entry -> List.of(WHEN.format(entry.disclosedAt()), entry.items() + " item(s) from "
				+ entry.from() + " (" + entry.by() + ") to " + String.join(", ", entry.to()) + " for " + entry.purpose() + "; "
				+ entry.legalBasis() + "; " + entry.ground() + (entry.statute() == null ? "" : ", " + entry.statute())
				+ (entry.expiresOn() == null ? "" : "; until " + entry.expiresOn())
				+ (entry.revokedAt() == null ? "" : "; revoked " + WHEN.format(entry.revokedAt()))))
			.toList());

		section(document, "Who accessed your data (" + report.accessHistory().size() + ")");
		table(document, report.accessHistory().stream().map(access -> List.of(WHEN.format(access.at()), orDash(access.who()) + " ("
				+ orDash(access.agency()) + "): " + access.action() + " of " + access.record() + ", " + access.outcome().toLowerCase()
				+ (access.purpose() == null ? "" : ", purpose: " + access.purpose())))
			.toList());
		document.close();
		return out.toByteArray();
	}

	private void section(Document document, String text) {
		var paragraph = new Paragraph(text, heading);
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(6);
		document.add(paragraph);
	}

	private void table(Document document, List<List<String>> rows) {
		if (rows.isEmpty()) {
			document.add(new Paragraph("None.", body));
			return;
		}
		var table = new PdfPTable(new float[] { 1, 3 });
		table.setWidthPercentage(100);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		for (var row : rows) {
			table.addCell(new com.lowagie.text.Phrase(row.get(0), small));
			table.addCell(new com.lowagie.text.Phrase(row.get(1), body));
		}
		document.add(table);
	}

	private static String orDash(String text) {
		return text == null || text.isBlank() ? "–" : text;
	}

	private static BaseFont font(String path) {
		try (var in = new ClassPathResource(path).getInputStream()) {
			return BaseFont.createFont(path, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
		catch (IOException missing) {
			throw new UncheckedIOException("The PDF font " + path + " is missing from the application", missing);
		}
	}
}
