package io.tickmark.run;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.pdf.ConsoleProgress;
import io.tickmark.extract.pdf.PdfExtractor;
import io.tickmark.extract.pdf.PdfOptions;
import io.tickmark.source.Source;
import io.tickmark.source.UnreadableInputException;

/** PDF input: the PDF extractor (extract/pdf), then the enrichers over the same laid-out lines. */
final class PdfSupport {
    private PdfSupport() {}

    static Extraction extract(Source source, String password) throws UnreadableInputException {
        PdfOptions options = PdfOptions.defaults().withPassword(password)
                .withProgress(ConsoleProgress.ifTerminal(source.path().getFileName().toString()))
                .withThreads(DocumentRun.coresForOneDocument());
        PdfExtractor.Result r = PdfExtractor.extract(source.content(), source.displayName(), options);
        r.extraction().setPages(io.tickmark.extract.Pages.of(r.layout()));
        return Checker.enrich(r.extraction(), r.layout(), r.text());
    }
}
