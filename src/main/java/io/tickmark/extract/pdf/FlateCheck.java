package io.tickmark.extract.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Whether a Flate-compressed stream decodes whole and matches its checksum. PDFBox inflates what
 * it can and keeps it when the data turns bad part-way (logging a warning that tickmark keeps off
 * the user's screen), so a damaged content stream reads as a page with letters, figures or whole
 * lines missing. A zlib stream ends with an Adler-32 of its data; a mismatch or a stream cut short
 * is damage, reported, not read as complete.
 */
final class FlateCheck {
    private FlateCheck() {}

    static boolean intact(COSStream stream) {
        if (!flateOnly(stream)) return true; // other filters carry no checksum: nothing to verify
        Inflater inflater = new Inflater();
        byte[] in = new byte[8192];
        byte[] out = new byte[32768];
        try (InputStream raw = stream.createRawInputStream()) {
            while (!inflater.finished()) {
                if (inflater.needsInput()) {
                    int n = raw.read(in);
                    if (n < 0) return false; // cut short: the end of the data and its checksum are missing
                    inflater.setInput(in, 0, n);
                }
                if (inflater.needsDictionary()) return false;
                inflater.inflate(out);
            }
            return true;
        } catch (DataFormatException e) {
            return false;
        } catch (IOException e) {
            return true; // not readable at all: PDFBox meets the same fault and reports it itself
        } finally {
            inflater.end();
        }
    }

    private static boolean flateOnly(COSStream stream) {
        COSBase f = stream.getDictionaryObject(COSName.FILTER);
        if (f instanceof COSName n) return COSName.FLATE_DECODE.equals(n);
        if (f instanceof COSArray a) return a.size() == 1 && COSName.FLATE_DECODE.equals(a.getObject(0));
        return false;
    }
}
