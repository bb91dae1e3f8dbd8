package vn.vanban.web.api;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The name of a file uploaded in a multipart part, as the browser wrote it: browsers send the name's UTF-8 bytes in
 * the part's header, which the multipart reader decodes as ISO-8859-1 ({@code "BÃ¡o cÃ¡o"} for {@code "Báo cáo"}).
 */
public final class UploadedFileName {

    private UploadedFileName() {
    }

    /** The header's name read back as UTF-8; a name that is not such UTF-8 is kept as it came. */
    public static String of(String headerName) {
        if (headerName.chars().anyMatch(c -> c > 0xFF)) {
            return headerName;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(headerName.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return headerName;
        }
    }
}
