package io.tickmark.bench;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.File;
import java.io.IOException;

/**
 * {@code JoinPdfs OUT IN...}: one PDF of the pages of all the inputs, for the benchmark's memory figure
 * on a PDF of over 500 pages. Filings from EDGAR often carry an owner password (no user password), which
 * {@code pdfunite} refuses; the copies here are opened with the empty user password and written unencrypted.
 */
public final class JoinPdfs {
    private JoinPdfs() {}

    public static void main(String[] args) throws IOException {
        try (PDDocument out = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            java.util.List<PDDocument> open = new java.util.ArrayList<>();
            try {
                for (int i = 1; i < args.length; i++) {
                    PDDocument in = Loader.loadPDF(new File(args[i]));
                    in.setAllSecurityToBeRemoved(true);
                    open.add(in);
                    merger.appendDocument(out, in);
                }
                out.save(new File(args[0]));
            } finally {
                for (PDDocument d : open) d.close();
            }
            System.out.println(out.getNumberOfPages());
        }
    }
}
