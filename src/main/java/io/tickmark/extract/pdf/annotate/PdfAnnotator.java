package io.tickmark.extract.pdf.annotate;

import io.tickmark.report.annotate.TickMark;
import io.tickmark.report.annotate.TickSheet;
import io.tickmark.source.UnreadableInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDAppearanceContentStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFreeText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationInk;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationPopup;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationSquare;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * Draws a {@link TickSheet} on the filing's own PDF with PDFBox annotations, so the marks can be
 * hidden, listed and answered in any PDF viewer, and the page content stays as it was: an ink tick
 * beside each verified figure, an ink cross and a red frame on each figure of a failed check, a
 * cross-reference letter beside figures agreed to one another, and a comment icon in the right
 * margin whose pop-up holds the finding's message. The summary goes on pages put in front.
 *
 * <p>Each annotation carries its own appearance stream, drawn in page coordinates (the stream's
 * bounding box is the annotation's rectangle), so viewers show the same marks without generating
 * appearances of their own.
 */
public final class PdfAnnotator {
    /** Width reserved right of a figure for the tick or cross, in points. */
    static final float MARK_WIDTH = 8;
    static final String AUTHOR = "tickmark";
    private static final PDColor GREEN = rgb(0f, 0.55f, 0.1f);
    private static final PDColor AMBER = rgb(0.85f, 0.55f, 0f);
    private static final PDColor RED = rgb(0.85f, 0.05f, 0.05f);
    private static final PDColor BLUE = rgb(0.05f, 0.2f, 0.8f);

    private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    /**
     * Writes {@code out}: the PDF at {@code in} with the sheet's marks and its summary in front.
     * An encrypted PDF is written without its encryption (it was opened with the given password).
     */
    public void annotate(Path in, String password, TickSheet sheet, Path out) throws IOException, UnreadableInputException {
        PDDocument doc;
        try {
            doc = password == null ? Loader.loadPDF(in.toFile()) : Loader.loadPDF(in.toFile(), password);
        } catch (IOException e) {
            throw new UnreadableInputException(in + ": cannot be opened as a PDF: " + e.getMessage());
        }
        try (doc) {
            if (doc.isEncrypted()) doc.setAllSecurityToBeRemoved(true);
            int pages = doc.getNumberOfPages();
            for (TickMark m : sheet.marks()) {
                if (m.page() < 1 || m.page() > pages) continue;
                PDPage page = doc.getPage(m.page() - 1);
                page.getAnnotations().addAll(annotations(doc, page, m));
            }
            new SummaryPages(regular, bold).insert(doc, sheet);
            doc.save(out.toFile());
        }
    }

    private List<PDAnnotation> annotations(PDDocument doc, PDPage page, TickMark m) throws IOException {
        List<PDAnnotation> out = new ArrayList<>();
        String text = String.join("\n\n", m.messages());
        if (m.kind() == TickMark.Kind.NOTE) {
            PDAnnotationSquare frame = new PDAnnotationSquare();
            PDRectangle r = rect(m.x0() - 1, m.y0() - 1, m.x1() + 1, m.y1() + 1);
            frame.setRectangle(r);
            frame.setColor(AMBER);
            frame.setContents(text);
            frame.setTitlePopup(AUTHOR);
            frame.setAppearance(appearance(doc, r, cs -> {
                cs.setStrokingColor(AMBER);
                cs.setLineWidth(0.8f);
                cs.addRect(r.getLowerLeftX() + 0.5f, r.getLowerLeftY() + 0.5f, r.getWidth() - 1, r.getHeight() - 1);
                cs.stroke();
            }));
            out.add(frame);
            out.addAll(comment(doc, page, m, text, AMBER));
            return out;
        }
        PDAnnotationInk mark = new PDAnnotationInk();
        PDRectangle r = rect(m.x0() - 1, m.y0() - 1, m.x1() + MARK_WIDTH + 1, m.y1() + 1);
        mark.setRectangle(r);
        mark.setTitlePopup(AUTHOR);
        mark.setContents(text);
        mark.setCreationDate(Calendar.getInstance());
        float h = m.y1() - m.y0();
        float x = m.x1() + 1.5f;
        float[] path;
        PDColor colour;
        switch (m.kind()) {
            case CROSS -> {
                colour = RED;
                mark.setSubject("Failed check");
                path = null;
            }
            case ROUNDING -> {
                colour = AMBER;
                mark.setSubject("Verified within rounding");
                path = tick(x, m.y0(), h);
            }
            default -> {
                colour = GREEN;
                mark.setSubject("Verified");
                path = tick(x, m.y0(), h);
            }
        }
        mark.setColor(colour);
        PDBorderStyleDictionary bs = new PDBorderStyleDictionary();
        bs.setWidth(1);
        mark.setBorderStyle(bs);
        float[][] ink = path != null ? new float[][]{path} : cross(x, m.y0(), h);
        mark.setInkList(ink);
        mark.setAppearance(appearance(doc, r, cs -> {
            cs.setStrokingColor(colour);
            cs.setLineWidth(1f);
            for (float[] p : ink) {
                cs.moveTo(p[0], p[1]);
                for (int i = 2; i + 1 < p.length; i += 2) cs.lineTo(p[i], p[i + 1]);
                cs.stroke();
            }
            if (m.kind() == TickMark.Kind.CROSS) {
                cs.setLineWidth(0.6f);
                cs.addRect(m.x0() - 0.7f, m.y0() - 0.7f, m.x1() - m.x0() + 1.4f, h + 1.4f);
                cs.stroke();
            }
        }));
        out.add(mark);
        if (m.letter() != null) out.add(letter(doc, m));
        if (m.kind() == TickMark.Kind.CROSS) out.addAll(comment(doc, page, m, text, RED));
        return out;
    }

    /** A tick after the figure: down to the baseline, then up to the top of the figure. */
    private static float[] tick(float x, float y0, float h) {
        return new float[]{x, y0 + h * 0.45f, x + 2.2f, y0 + 0.3f, x + MARK_WIDTH - 1.5f, y0 + h};
    }

    private static float[][] cross(float x, float y0, float h) {
        float w = MARK_WIDTH - 2;
        return new float[][]{{x, y0 + 0.5f, x + w, y0 + h - 0.5f}, {x, y0 + h - 0.5f, x + w, y0 + 0.5f}};
    }

    /** The cross-reference letter, small and blue, after the tick. */
    private PDAnnotation letter(PDDocument doc, TickMark m) throws IOException {
        float size = 6;
        String s = m.letter();
        float w = bold.getStringWidth(s) / 1000 * size + 2;
        float x = m.x1() + MARK_WIDTH + 1;
        PDRectangle r = rect(x, m.y1() - 3, x + w, m.y1() + size - 2);
        PDAnnotationFreeText a = new PDAnnotationFreeText();
        a.setRectangle(r);
        a.setContents(s);
        a.setSubject("Cross-reference " + s);
        a.setTitlePopup(AUTHOR);
        a.setColor(BLUE);
        a.setDefaultAppearance("/Helv 6 Tf 0.05 0.2 0.8 rg");
        a.setAppearance(appearance(doc, r, cs -> {
            cs.beginText();
            cs.setFont(bold, size);
            cs.setNonStrokingColor(BLUE);
            cs.newLineAtOffset(r.getLowerLeftX() + 1, r.getLowerLeftY() + 1.2f);
            cs.showText(s);
            cs.endText();
        }));
        return a;
    }

    /** A comment icon in the right margin at the mark's height, with the message in its pop-up. */
    private List<PDAnnotation> comment(PDDocument doc, PDPage page, TickMark m, String text, PDColor colour) throws IOException {
        PDRectangle crop = page.getCropBox();
        float right = crop.getUpperRightX() - 4;
        float mid = (m.y0() + m.y1()) / 2;
        PDRectangle r = rect(right - 14, mid - 7, right, mid + 7);
        PDAnnotationText note = new PDAnnotationText();
        note.setRectangle(r);
        note.setName(PDAnnotationText.NAME_COMMENT);
        note.setContents(text);
        note.setTitlePopup(AUTHOR);
        note.setSubject(m.label());
        note.setColor(colour);
        note.setAppearance(appearance(doc, r, cs -> {
            cs.setNonStrokingColor(colour);
            cs.addRect(r.getLowerLeftX() + 1, r.getLowerLeftY() + 3, r.getWidth() - 2, r.getHeight() - 4);
            cs.moveTo(r.getLowerLeftX() + 3, r.getLowerLeftY() + 3);
            cs.lineTo(r.getLowerLeftX() + 3, r.getLowerLeftY());
            cs.lineTo(r.getLowerLeftX() + 7, r.getLowerLeftY() + 3);
            cs.fill();
            cs.setStrokingColor(rgb(1, 1, 1));
            cs.setLineWidth(0.8f);
            for (int i = 0; i < 3; i++) {
                float y = r.getUpperRightY() - 4 - i * 2.6f;
                cs.moveTo(r.getLowerLeftX() + 3, y);
                cs.lineTo(r.getUpperRightX() - 3, y);
            }
            cs.stroke();
        }));
        PDAnnotationPopup popup = new PDAnnotationPopup();
        float top = Math.min(crop.getUpperRightY(), mid + 60);
        popup.setRectangle(rect(Math.max(crop.getLowerLeftX(), right - 260), top - 120, right, top));
        popup.setOpen(false);
        popup.setParent(note);
        note.setPopup(popup);
        return List.of(note, popup);
    }

    interface Drawing {
        void draw(PDAppearanceContentStream cs) throws IOException;
    }

    private static PDAppearanceDictionary appearance(PDDocument doc, PDRectangle r, Drawing d) throws IOException {
        PDAppearanceStream ap = new PDAppearanceStream(doc);
        ap.setBBox(r);
        ap.setResources(new PDResources());
        try (PDAppearanceContentStream cs = new PDAppearanceContentStream(ap)) {
            d.draw(cs);
        }
        PDAppearanceDictionary dict = new PDAppearanceDictionary();
        dict.setNormalAppearance(ap);
        return dict;
    }

    private static PDRectangle rect(float x0, float y0, float x1, float y1) {
        return new PDRectangle(x0, y0, x1 - x0, y1 - y0);
    }

    private static PDColor rgb(float r, float g, float b) {
        return new PDColor(new float[]{r, g, b}, PDDeviceRGB.INSTANCE);
    }
}
