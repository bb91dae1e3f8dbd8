package vn.vanban.reports.sign;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.vanban.reports.RecentlyUsed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/**
 * Images of visible signatures, encoded for PDF once and copied into every signature that shows them. A signer's
 * signature and seal are the same in every document they sign, and compressing them again (the PNG predictor over
 * every row) was half the time of a signature. Each copy is a stream of the target document's own, so documents
 * signed at the same time share nothing. Holds at most {@value #CAPACITY} images, the least recently used leaving first.
 */
final class EncodedImages {

    static final int CAPACITY = 64;

    /** An encoded image stream: its dictionary without length and soft mask, its raw (still encoded) bytes, its mask. */
    private record Encoded(COSDictionary dictionary, byte[] raw, Encoded softMask) {

        static Encoded of(COSStream stream) throws IOException {
            COSDictionary dictionary = new COSDictionary();
            for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
                if (!COSName.LENGTH.equals(entry.getKey()) && !COSName.SMASK.equals(entry.getKey())) {
                    dictionary.setItem(entry.getKey(), copy(entry.getValue()));
                }
            }
            byte[] raw;
            try (InputStream in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            COSStream mask = stream.getCOSStream(COSName.SMASK);
            return new Encoded(dictionary, raw, mask == null ? null : of(mask));
        }

        COSStream into(PDDocument document) throws IOException {
            COSStream stream = document.getDocument().createCOSStream();
            for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
                stream.setItem(entry.getKey(), copy(entry.getValue()));
            }
            try (OutputStream out = stream.createRawOutputStream()) {
                out.write(raw);
            }
            if (softMask != null) {
                stream.setItem(COSName.SMASK, softMask.into(document));
            }
            return stream;
        }

        /** Image dictionaries hold names, numbers and small direct arrays and dictionaries (decode parameters). */
        private static COSBase copy(COSBase value) {
            if (value instanceof COSDictionary dictionary && !(value instanceof COSStream)) {
                COSDictionary copy = new COSDictionary();
                dictionary.entrySet().forEach(e -> copy.setItem(e.getKey(), copy(e.getValue())));
                return copy;
            }
            if (value instanceof COSArray array) {
                COSArray copy = new COSArray();
                array.forEach(item -> copy.add(copy(item)));
                return copy;
            }
            return value;
        }
    }

    private final RecentlyUsed<String, Encoded> encoded = new RecentlyUsed<>(CAPACITY);

    /**
     * The image known as {@code key} in {@code document}: encoded by {@code encoder} (into a scratch document) the
     * first time, copied from then on. The key must name the pixels exactly, for example a hash and a size.
     */
    PDImageXObject in(PDDocument document, String key, Function<PDDocument, PDImageXObject> encoder) throws IOException {
        Encoded image = encoded.get(key);
        if (image == null) {
            try (PDDocument scratch = new PDDocument()) {
                image = Encoded.of(encoder.apply(scratch).getCOSObject());
            }
            encoded.put(key, image);
        }
        return new PDImageXObject(new PDStream(image.into(document)), null);
    }

    int size() {
        return encoded.size();
    }

    static <T> T unchecked(IoSupplier<T> supplier) {
        try {
            return supplier.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface IoSupplier<T> {
        T get() throws IOException;
    }
}
