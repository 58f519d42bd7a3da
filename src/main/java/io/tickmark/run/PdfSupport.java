package io.tickmark.run;

import io.tickmark.extract.Extraction;
import io.tickmark.source.Source;
import io.tickmark.source.UnreadableInputException;

/** PDF input arrives with the PDF extractor (extract/pdf); until then a PDF is reported as unsupported. */
final class PdfSupport {
    private PdfSupport() {}

    static Extraction extract(Source source) throws UnreadableInputException {
        throw new UnreadableInputException(source.displayName() + ": PDF input is not supported yet; convert it with pdftotext -layout");
    }
}
