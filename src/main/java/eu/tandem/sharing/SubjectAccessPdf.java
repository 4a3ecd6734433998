package eu.tandem.sharing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.tandem.privacy.InWords;
import org.springframework.core.io.ClassPathResource;

/**
 * The readable PDF of a final subject access answer, made from the stored answer alone, so that every download reads
 * the same. DejaVu Sans is embedded so that names in Greek, Cyrillic and other scripts print as written; the JSON
 * download carries the same content for machines.
 */
final class SubjectAccessPdf {

	private final Font body;
	private final Font small;
	private final Font label;
	private final Font heading;
	private final Font title;

	SubjectAccessPdf() {
		var regular = font("fonts/DejaVuSans.ttf");
		var bold = font("fonts/DejaVuSans-Bold.ttf");
		body = new Font(regular, 10);
		small = new Font(regular, 8);
		label = new Font(bold, 9);
		heading = new Font(bold, 13);
		title = new Font(bold, 18);
	}

	byte[] render(SubjectAccessReport answer) {
		var out = new ByteArrayOutputStream();
		var document = new Document(PageSize.A4, 48, 48, 48, 48);
		var writer = PdfWriter.getInstance(document, out);
		document.addTitle("What Tandem holds about you");
		document.addCreator("Tandem");
		document.open();
		// the finalising moment, not the moment of download, so that downloads of one answer say the same
		var finalised = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		finalised.setTimeInMillis((answer.finalisedAt() == null ? answer.compiledAt() : answer.finalisedAt()).toEpochMilli());
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(finalised));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(finalised));
		document.add(new Paragraph("What Tandem holds about you", title));
		document.add(new Paragraph("For " + answer.person() + ". Everything the agencies of " + answer.hub() + " hold about you in "
				+ "Tandem as compiled on " + InWords.moment(answer.compiledAt()) + ", answered on "
				+ InWords.moment(answer.finalisedAt()) + " by " + answer.finalisedBy() + ", data protection officer. Times are UTC.",
				body));
		for (var section : answer.sections()) {
			section(document, section.title() + " (" + section.entries().size() + ")");
			for (var entry : section.entries()) {
				var paragraph = new Paragraph(entry.title(), label);
				paragraph.setSpacingBefore(6);
				document.add(paragraph);
				var about = new StringBuilder();
				if (entry.recordedBy() != null || entry.recordingAgency() != null) {
					about.append("Recorded by ").append(joined(entry.recordedBy(), entry.recordingAgency()));
				}
				if (entry.when() != null) {
					about.append(about.isEmpty() ? "" : ", ").append(InWords.moment(entry.when()));
				}
				if (entry.category() != null) {
					about.append(about.isEmpty() ? "" : " · ").append(entry.category());
				}
				if (!about.isEmpty()) {
					document.add(new Paragraph(about.toString(), small));
				}
				table(document, entry.fields().stream().map(field -> List.of(field.label(), field.value())).toList());
				for (var earlier : entry.earlierVersions()) {
					document.add(new Paragraph("Earlier: " + earlier.title(), small));
					table(document, earlier.fields().stream().map(field -> List.of(field.label(), field.value())).toList());
				}
			}
		}
		if (!answer.withheld().isEmpty()) {
			section(document, "What was withheld");
			answer.withheld().forEach(sentence -> document.add(new Paragraph(sentence, body)));
		}
		section(document, "Who accessed your data (" + answer.accessHistory().size() + ")");
		document.add(new Paragraph("Repeated views of the same record by the same person close together are counted on one line.",
				small));
		if (answer.accessHistory().isEmpty()) {
			document.add(new Paragraph("Nobody.", body));
		}
		answer.accessHistory().forEach(line -> document.add(new Paragraph(line.inWords(), body)));
		document.close();
		return out.toByteArray();
	}

	private static String joined(String first, String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + ", " + second;
	}

	private void section(Document document, String text) {
		var paragraph = new Paragraph(text, heading);
		paragraph.setSpacingBefore(14);
		paragraph.setSpacingAfter(6);
		document.add(paragraph);
	}

	private void table(Document document, List<List<String>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		var table = new PdfPTable(new float[] { 1, 3 });
		table.setWidthPercentage(100);
		table.setHorizontalAlignment(Element.ALIGN_LEFT);
		for (var row : rows) {
			table.addCell(new Phrase(row.get(0), small));
			table.addCell(new Phrase(row.get(1), body));
		}
		document.add(table);
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
