package vn.vanban.reports.verify;

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

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern STRUCTURAL = Pattern.compile("/Type\\s*/(XRef|ObjStm)\\b");
    private static final Pattern FILTER_NAME = Pattern.compile("/(\\w+Decode|AHx|A85|LZW|Fl|RL|CCF|DCT)\\b");

    private StructuralStreams() {
    }

    static void requireBounded(byte[] pdf) throws UnreadablePdfException {
        for (int at = indexOf(pdf, STREAM, 0); at >= 0; at = indexOf(pdf, STREAM, at + STREAM.length)) {
            int dataStart = dataStart(pdf, at + STREAM.length);
            if (dataStart < 0 || at > 0 && Character.isLetter((char) (pdf[at - 1] & 0xFF))) {
                continue;
            }
            String dictionary = dictionaryBefore(pdf, at);
            if (STRUCTURAL.matcher(dictionary).find()) {
                requireInflatable(pdf, dataStart, filterCount(dictionary));
            }
        }
    }

    /** Where the data of a stream starts: after the end of line that must follow the keyword; -1 if none does. */
    private static int dataStart(byte[] pdf, int afterKeyword) {
        if (afterKeyword < pdf.length && pdf[afterKeyword] == '\n') {
            return afterKeyword + 1;
        }
        if (afterKeyword + 1 < pdf.length && pdf[afterKeyword] == '\r' && pdf[afterKeyword + 1] == '\n') {
            return afterKeyword + 2;
        }
        return -1;
    }

    /** The text between the start of the stream's object (or the window's start) and its keyword. */
    private static String dictionaryBefore(byte[] pdf, int streamKeyword) {
        int from = Math.max(0, streamKeyword - DICTIONARY_WINDOW);
        String window = new String(pdf, from, streamKeyword - from, StandardCharsets.ISO_8859_1);
        int object = window.lastIndexOf(" obj");
        return object < 0 ? window : window.substring(object);
    }

    private static int indexOf(byte[] data, byte[] word, int from) {
        outer:
        for (int i = from; i <= data.length - word.length; i++) {
            for (int j = 0; j < word.length; j++) {
                if (data[i + j] != word[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
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

    /**
     * Counts what the stream inflates to without keeping it, and refuses it past the limit. A structural stream is
     * never deflated twice by a real writer, and one that is (or has another filter) is refused unread.
     */
    private static void requireInflatable(byte[] pdf, int dataStart, int layers) throws UnreadablePdfException {
        if (layers < 0 || layers > 1) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, null);
        }
        if (layers == 1 && inflatedSize(pdf, dataStart) > MAX_INFLATED_BYTES) {
            throw new UnreadablePdfException(UnreadablePdfException.Reason.DAMAGED, null);
        }
    }

    /** How much the deflated data at {@code offset} inflates to, counted up to just past the limit. */
    private static long inflatedSize(byte[] data, int offset) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, data.length - offset);
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()
                    && size <= MAX_INFLATED_BYTES) {
                size += inflater.inflate(buffer);
            }
            return size;
        } catch (DataFormatException corrupt) {
            // PDFBox copes with corrupt streams on its own; only the size is this class's business.
            return 0;
        } finally {
            inflater.end();
        }
    }
}
