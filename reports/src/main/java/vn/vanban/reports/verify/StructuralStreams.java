package vn.vanban.reports.verify;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds decompression bombs in the streams PDFBox inflates whole into memory while it merely opens a file: the
 * cross-reference streams and object streams. A megabyte of deflated zeros there claims a gigabyte of heap before
 * any signature is looked at. Real files keep these streams small (a few bytes per object) and deflated only, so
 * anything else there is refused as damaged before PDFBox sees it.
 */
final class StructuralStreams {

    /** Far above the cross-reference data of a 20 MB file (at most a few million objects of a few bytes). */
    static final int MAX_INFLATED_BYTES = 32 * 1024 * 1024;

    /** How far before the {@code stream} keyword the dictionary of a stream is looked for. */
    private static final int DICTIONARY_WINDOW = 4096;

    private static final Pattern STREAM_KEYWORD = Pattern.compile("stream\r?\n");
    private static final Pattern STRUCTURAL = Pattern.compile("/Type\\s*/(XRef|ObjStm)\\b");
    private static final Pattern FILTER_NAME = Pattern.compile("/(\\w+Decode|AHx|A85|LZW|Fl|RL|CCF|DCT)\\b");

    private StructuralStreams() {
    }

    static void requireBounded(byte[] pdf) throws UnreadablePdfException {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher stream = STREAM_KEYWORD.matcher(text);
        while (stream.find()) {
            if (stream.start() > 0 && Character.isLetter(text.charAt(stream.start() - 1))) {
                continue;
            }
            String dictionary = dictionaryBefore(text, stream.start());
            if (STRUCTURAL.matcher(dictionary).find()) {
                requireInflatable(pdf, stream.end(), filterCount(dictionary));
            }
        }
    }

    private static String dictionaryBefore(String text, int streamKeyword) {
        int from = Math.max(0, streamKeyword - DICTIONARY_WINDOW);
        int object = text.lastIndexOf(" obj", streamKeyword);
        return text.substring(Math.max(from, object < 0 ? from : object), streamKeyword);
    }

    /** The number of filters, or -1 when one of them is not FlateDecode. */
    private static int filterCount(String dictionary) {
        Matcher filter = FILTER_NAME.matcher(dictionary);
        int flate = 0;
        while (filter.find()) {
            if (!filter.group(1).equals("FlateDecode") && !filter.group(1).equals("Fl")) {
                return -1;
            }
            flate++;
        }
        return flate;
    }

    private static void requireInflatable(byte[] pdf, int dataStart, int layers) throws UnreadablePdfException {
        if (layers < 0) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, null);
        }
        byte[] data = pdf;
        int offset = dataStart;
        for (int layer = 0; layer < layers; layer++) {
            data = inflateAtMost(data, offset);
            offset = 0;
        }
    }

    /** Inflates until the data ends or the limit is passed; a stream that goes past it is refused. */
    private static byte[] inflateAtMost(byte[] data, int offset) throws UnreadablePdfException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, data.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                int n = inflater.inflate(buffer);
                out.write(buffer, 0, n);
                if (out.size() > MAX_INFLATED_BYTES) {
                    throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, null);
                }
            }
            return out.toByteArray();
        } catch (DataFormatException corrupt) {
            // PDFBox copes with corrupt streams on its own; only the size is this class's business.
            return new byte[0];
        } finally {
            inflater.end();
        }
    }
}
