package vn.vanban.it;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data body as a browser sends it: text fields in UTF-8, then at most one file. */
public record Multipart(String contentType, byte[] body) {

    public static Multipart of(Map<String, String> fields, String fileName, String fileType, byte[] file) {
        return of(fields, "file", fileName, fileType, file);
    }

    public static Multipart of(Map<String, String> fields, String fileField, String fileName, String fileType, byte[] file) {
        String boundary = "----vanban" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n");
        }
        if (file != null) {
            write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileType + "\r\n\r\n");
            out.writeBytes(file);
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return new Multipart("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    /** Text fields only, from {@code a=1&b=2} (values taken literally, no URL decoding). */
    public static Multipart fields(String pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : pairs.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return of(fields, null, null, null);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
