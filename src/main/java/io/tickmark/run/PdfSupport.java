package io.tickmark.run;

import io.tickmark.extract.Extraction;
import io.tickmark.extract.pdf.ConsoleProgress;
import io.tickmark.extract.pdf.PdfExtractor;
import io.tickmark.extract.pdf.PdfOptions;
import io.tickmark.extract.pdf.PdfReader;
import io.tickmark.extract.pdf.PdfText;
import io.tickmark.source.Source;
import io.tickmark.source.UnreadableInputException;

/** PDF input: the PDF extractor (extract/pdf), then the enrichers over the same laid-out lines. */
final class PdfSupport {
    private PdfSupport() {}

    static Extraction extract(Source source, String password) throws UnreadableInputException {
        PdfOptions options = PdfOptions.defaults().withPassword(password)
                .withProgress(ConsoleProgress.ifTerminal(source.path().getFileName().toString()))
                .withThreads(DocumentRun.coresForOneDocument());
        PdfText pdf = PdfReader.read(source.content(), source.displayName(), options);
        return Checker.read(pdf.layout(), pdf.text(), source.displayName(), () -> {
            PdfExtractor.Result r = PdfExtractor.facts(pdf, source.displayName());
            r.extraction().setPages(io.tickmark.extract.Pages.of(r.layout()));
            return r.extraction();
        });
    }
}
