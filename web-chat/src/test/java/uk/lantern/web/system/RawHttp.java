package uk.lantern.web.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 on a raw socket, for requests a well-behaved client refuses to send: any method name,
 * bad percent-escapes in the path and query, broken bodies, oversized headers. Returns the status
 * code, or 0 when the server closed the connection without answering.
 */
final class RawHttp {

    private RawHttp() {
    }

    /**
     * Sends one request and reads the status line.
     *
     * @param target  the request target as sent, e.g. {@code /api/services?q=%zz}
     * @param headers extra header lines, each {@code Name: value}
     * @param body    the body (a Content-Length is added when not null)
     */
    static int send(int port, String method, String target, String[] headers, String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
            for (String header : headers) {
                head.append(header).append("\r\n");
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            if (body != null) {
                head.append("Content-Length: ").append(bytes.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
            String status = statusLine(socket.getInputStream());
            if (status == null || !status.startsWith("HTTP/1.1 ")) {
                return 0;
            }
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        in.transferTo(OutputStream.nullOutputStream());
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1).strip();
    }
}
