package eu.tandem.support;

import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads a QR code drawn as SVG squares ({@code M x y h1v1h-1z} per dark module) the way a phone camera
 * would: paints it black on white and decodes the picture, so a test can tell what an app would scan.
 */
public final class SvgQrCode {

	private static final Pattern MODULE = Pattern.compile("M\\s*(\\d+)\\s+(\\d+)\\s*h1\\s*v1\\s*h-1\\s*z");
	private static final int SCALE = 4;

	private SvgQrCode() {
	}

	/** The text in the QR code, from the svg's viewBox ("0 0 size size") and its path's d attribute. */
	public static String decode(String viewBox, String path) {
		var box = viewBox.trim().split("\\s+");
		var width = Integer.parseInt(box[2]) * SCALE;
		var height = Integer.parseInt(box[3]) * SCALE;
		var pixels = new int[width * height];
		Arrays.fill(pixels, 0xFFFFFFFF);
		var modules = MODULE.matcher(path);
		var dark = 0;
		while (modules.find()) {
			var x = Integer.parseInt(modules.group(1)) * SCALE;
			var y = Integer.parseInt(modules.group(2)) * SCALE;
			for (int dy = 0; dy < SCALE; dy++) {
				Arrays.fill(pixels, (y + dy) * width + x, (y + dy) * width + x + SCALE, 0xFF000000);
			}
			dark++;
		}
		if (dark == 0) {
			throw new AssertionError("The QR code's path draws no modules: " + path);
		}
		var picture = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		try {
			return new QRCodeReader().decode(picture, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
		}
		catch (ReaderException unreadable) {
			throw new AssertionError("A phone could not read this QR code", unreadable);
		}
	}
}
