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
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import eu.tandem.privacy.InWords;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The readable PDF of a final subject access answer, made from the stored answer alone, so that every download reads
 * the same, in the language the answer was compiled in. DejaVu Sans is embedded so that names in Greek, Cyrillic and
 * other scripts print as written; the JSON download carries the same content for machines.
 */
@Component
final class SubjectAccessPdf {

	private final MessageSource messages;

	private final Font body;
	private final Font small;
	private final Font label;
	private final Font heading;
	private final Font title;

	SubjectAccessPdf(MessageSource messages) {
		this.messages = messages;
		var regular = font("fonts/DejaVuSans.ttf");
		var bold = font("fonts/DejaVuSans-Bold.ttf");
		body = new Font(regular, 10);
		small = new Font(regular, 8);
		label = new Font(bold, 9);
		heading = new Font(bold, 13);
		title = new Font(bold, 18);
	}

	byte[] render(SubjectAccessReport answer) {
		var language = InWords.locale(answer.language());
		var out = new ByteArrayOutputStream();
		var headline = words("sharing.answer.pdf.title", language);
		var document = new Document(PageSize.A4, 48, 48, 48, 48);
		var writer = PdfWriter.getInstance(document, out);
		document.addTitle(headline);
		document.addCreator("Tandem");
		// the catalogue's /Lang (ISO 32000-1, 14.9.2), so that a screen reader reads the answer in its language
		writer.getExtraCatalog().put(PdfName.LANG, new PdfString(answer.language()));
		document.open();
		// the finalising moment, not the moment of download, so that downloads of one answer say the same
		var finalised = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
		finalised.setTimeInMillis((answer.finalisedAt() == null ? answer.compiledAt() : answer.finalisedAt()).toEpochMilli());
		writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(finalised));
		writer.getInfo().put(PdfName.MODDATE, new PdfDate(finalised));
		document.add(new Paragraph(headline, title));
		document.add(new Paragraph(words("sharing.answer.pdf.lead", language, answer.person(), answer.hub(),
				InWords.moment(answer.compiledAt(), language), InWords.moment(answer.finalisedAt(), language), answer.finalisedBy()), body));
		for (var section : answer.sections()) {
			section(document, words("sharing.answer.pdf.section", language, section.title(), section.entries().size()));
			for (var entry : section.entries()) {
				var paragraph = new Paragraph(entry.title(), label);
				paragraph.setSpacingBefore(6);
				document.add(paragraph);
				var about = new StringBuilder();
				if (entry.recordedBy() != null || entry.recordingAgency() != null) {
					about.append(words("sharing.sar.entry.recordedBy", language, joined(entry.recordedBy(), entry.recordingAgency())));
				}
				if (entry.when() != null) {
					about.append(about.isEmpty() ? "" : ", ").append(InWords.moment(entry.when(), language));
				}
				if (entry.category() != null) {
					about.append(about.isEmpty() ? "" : " · ").append(entry.category());
				}
				if (!about.isEmpty()) {
					document.add(new Paragraph(about.toString(), small));
				}
				table(document, entry.fields().stream().map(field -> List.of(field.label(), field.value())).toList());
				for (var earlier : entry.earlierVersions()) {
					document.add(new Paragraph(words("sharing.answer.pdf.earlier", language, earlier.title()), small));
					table(document, earlier.fields().stream().map(field -> List.of(field.label(), field.value())).toList());
				}
			}
		}
		if (!answer.withheld().isEmpty()) {
			section(document, words("sharing.answer.pdf.withheld", language));
			answer.withheld().forEach(sentence -> document.add(new Paragraph(sentence, body)));
		}
		section(document, words("sharing.answer.pdf.history", language, answer.accessHistory().size()));
		document.add(new Paragraph(words("sharing.answer.pdf.history.grouped", language), small));
		if (answer.accessHistory().isEmpty()) {
			document.add(new Paragraph(words("sharing.answer.pdf.history.nobody", language), body));
		}
		answer.accessHistory().forEach(line -> document.add(new Paragraph(line.inWords(), body)));
		document.close();
		return out.toByteArray();
	}

	private String words(String key, java.util.Locale language, Object... arguments) {
		return messages.getMessage(key, arguments, language);
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
