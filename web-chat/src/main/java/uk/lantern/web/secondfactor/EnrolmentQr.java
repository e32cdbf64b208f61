package uk.lantern.web.secondfactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code an authenticator app scans to enrol: the {@code otpauth://totp/} address (Google
 * Authenticator's key URI format, which the common apps read) drawn by ZXing as an SVG, returned as
 * a {@code data:} address for an {@code img} (the page's CSP allows {@code data:} images only).
 */
final class EnrolmentQr {

    private static final String ISSUER = "Lantern";
    private static final int MODULE = 6;

    private EnrolmentQr() {
    }

    /** The key URI for this account and Base32 secret: HMAC-SHA1, 6 digits, 30 seconds. */
    static String keyUri(String username, String secret) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The QR code of {@code text} as a {@code data:image/svg+xml;base64,…} address. */
    static String dataUri(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("Text too long for a QR code", tooLong);
        }
        int width = matrix.getWidth() * MODULE;
        int height = matrix.getHeight() * MODULE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x * MODULE).append(' ').append(y * MODULE)
                            .append("h").append(MODULE).append('v').append(MODULE).append("h-").append(MODULE).append('z');
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#0b0c0c\" d=\"" + path + "\"/></svg>";
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
