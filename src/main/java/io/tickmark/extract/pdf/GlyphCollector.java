package io.tickmark.extract.pdf;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the glyphs of each page in content-stream order through PDFBox's text hooks, without
 * PDFBox's own sorting and spacing (plain text output collapses the gaps that separate columns):
 * every glyph keeps its position, advance, font size and direction. A page is handed on as soon
 * as it is read, so a large document streams page by page.
 */
final class GlyphCollector extends PDFTextStripper {

    /** Receives each page's glyphs as soon as the page has been read. */
    interface PageSink {
        void page(int pageNo, PDPage page, List<Glyph> glyphs) throws IOException;
    }

    private final PageSink sink;
    private final int maxGlyphsPerPage;
    private final java.util.function.BooleanSupplier cancelled;
    private final Map<PDFont, double[]> fontMetrics = new IdentityHashMap<>();
    /** The font size of the text state as last snapped (snapped three times per glyph, and it seldom changes). */
    private float snapFontSizeOf = 0f;
    private double snappedFontSize = PreciseState.snap(0f);
    private PDFont lastFont;
    private double[] lastMetrics;
    private List<Glyph> glyphs = new ArrayList<>();
    private int seq;
    private int written;
    private final PreciseState state = new PreciseState();
    private double glyphWidth;
    private double glyphWordSpacing;
    private double cropX;
    private double cropY;
    private double cropW;
    private double cropH;
    private boolean truncatedPage;
    private final Map<Integer, PageDamage> damage = new java.util.TreeMap<>();
    /** Compressed streams already checked: a form drawn on every page is inflated once more, not once per page. */
    private final Map<COSStream, Boolean> intact = new IdentityHashMap<>();
    /** Text objects open on the page: a stream that ends inside one ("BT" with no "ET") was cut. */
    private int openTextObjects;
    private int unmapped;
    private final GlyphShapes shapes;

    GlyphCollector(PageSink sink, int maxGlyphsPerPage) {
        this(sink, maxGlyphsPerPage, () -> false, new Misreadings());
    }

    /**
     * @param cancelled  asked before each page: true stops the read (a time limit, another reader's failure)
     * @param misread    where glyphs read from their outlines against their fonts' text maps are counted
     */
    GlyphCollector(PageSink sink, int maxGlyphsPerPage, java.util.function.BooleanSupplier cancelled, Misreadings misread) {
        this.sink = sink;
        this.maxGlyphsPerPage = maxGlyphsPerPage;
        this.cancelled = cancelled;
        this.shapes = new GlyphShapes(misread);
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
    }

    /** The read was stopped from outside (a time limit, another reading thread's failure) before a page. */
    static final class Stopped extends java.io.InterruptedIOException {
        Stopped(int page) {
            super("reading stopped before page " + page);
        }
    }

    /** The pages on which something went wrong while they were read, and what. */
    Map<Integer, PageDamage> damage() { return damage; }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String name = operator.getName();
        if (name.equals("BT")) openTextObjects++;
        else if (name.equals("ET")) openTextObjects = Math.max(0, openTextObjects - 1);
        state.operator(name, operands, getGraphicsState().getCurrentTransformationMatrix());
        super.processOperator(operator, operands);
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        if (!intact(form.getCOSObject())) note(PageDamage.CORRUPT);
        state.enter(form.getCOSObject().getCOSArray(COSName.MATRIX), getGraphicsState().getCurrentTransformationMatrix());
        try {
            super.showForm(form);
        } finally {
            state.leave();
        }
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        state.enter(form.getCOSObject().getCOSArray(COSName.MATRIX), getGraphicsState().getCurrentTransformationMatrix());
        try {
            super.showTransparencyGroup(form);
        } finally {
            state.leave();
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        PDTextState ts = getGraphicsState().getTextState();
        state.sync(getTextMatrix(), getGraphicsState().getCurrentTransformationMatrix());
        state.horizontalScaling(PreciseState.snap(ts.getHorizontalScaling()) / 100.0);
        glyphWidth = PreciseState.width(font, displacement);
        glyphWordSpacing = code == 32 && !(font instanceof PDType0Font) ? PreciseState.snap(ts.getWordSpacing()) : 0;
        // What PDFBox's text engine would make of the glyph, without the TextPosition it builds (its
        // single-precision positions, heights and widths, which are recomputed here): the text the
        // code maps to, the code itself in a simple font (as Acrobat does), else nothing.
        String unicode = font.toUnicode(code, GLYPH_LIST);
        if (unicode == null && font instanceof PDSimpleFont && !glyphIdCodes(font, code)) unicode = String.valueOf((char) code);
        // a text map can contradict the glyph it maps (a nil's dash mapped to "4"): the outline decides
        if (unicode != null) unicode = shapes.text(font, code, unicode, getCurrentPageNo());
        // a glyph mapped to a left-to-right mark adds nothing to the text, one mapped to a soft hyphen is a hyphen
        if (unicode != null && unicode.length() == 1 && unicode.charAt(0) >= '\u00AD') unicode = io.tickmark.util.DrawnText.of(unicode);
        if (unicode != null) collect(unicode, font, direction(textRenderingMatrix));
        // PDFBox drops a glyph of a composite font that maps to no text without a word (a simple
        // font's code stands for itself): letters lost from a label must not pass unseen.
        else unmapped++;
        state.afterGlyph(font.isVertical() ? displacement.getY() : glyphWidth, snappedFontSize(ts.getFontSize()),
                PreciseState.snap(ts.getCharacterSpacing()), glyphWordSpacing, font.isVertical());
    }

    /** Simple fonts found drawing glyphs with control-character codes: their codes are glyph numbers, not text. */
    private final java.util.Set<PDFont> glyphIdFonts = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * Whether a simple font with no text mapping for its codes draws by glyph number rather than by
     * character code. A PostScript round trip (pdftops, then ps2pdf) leaves TrueType fonts with no
     * encoding and no ToUnicode map, drawing glyph numbers: "Table" is drawn with the codes of
     * "7DEOH", the space with code 3, figures with control codes. A drawn glyph is never a control
     * character, so a font that draws one is read as having no text mapping at all (its glyphs are
     * counted, not read as letters that are not on the page).
     */
    private boolean glyphIdCodes(PDFont font, int code) {
        if (code < 0x20 && glyphIdFonts.add(font)) {
            // the font's glyphs already taken on this page were not the letters they were read as
            // (its first control code, the space, comes within a word or two)
            int before = glyphs.size();
            glyphs.removeIf(g -> g.font() == font);
            unmapped += before - glyphs.size();
        }
        return glyphIdFonts.contains(font);
    }

    @Override
    protected void applyTextAdjustment(float tx, float ty) {
        super.applyTextAdjustment(tx, ty);
        state.adjust(PreciseState.snap(tx), PreciseState.snap(ty));
    }

    private double snappedFontSize(float size) {
        if (Float.floatToRawIntBits(size) != Float.floatToRawIntBits(snapFontSizeOf)) {
            snappedFontSize = PreciseState.snap(size);
            snapFontSizeOf = size;
        }
        return snappedFontSize;
    }

    /** The operators of PDF 32000-1 Annex A: any other name in a content stream is damage, not a dialect. */
    private static final java.util.Set<String> PDF_OPERATORS = java.util.Set.of(
            "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP",
            "EI", "EMC", "ET", "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M",
            "MP", "n", "q", "Q", "re", "RG", "rg", "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td",
            "TD", "Tf", "TJ", "Tj", "TL", "Tm", "Tr", "Ts", "Tw", "Tz", "v", "w", "W", "W*", "y", "'", "\"");
    private int compatibilityDepth;

    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) throws IOException {
        // Path and colour operators the text reader does not register arrive here in any PDF; a name that
        // is no PDF operator at all (outside BX/EX compatibility sections) means the stream is damaged,
        // and text after it may be lost: the page is reported rather than read as if complete.
        String name = operator.getName();
        if (name.equals("BX")) compatibilityDepth++;
        else if (name.equals("EX")) compatibilityDepth = Math.max(0, compatibilityDepth - 1);
        else if (compatibilityDepth == 0 && !PDF_OPERATORS.contains(name)) note(PageDamage.FAILED);
        super.unsupportedOperator(operator, operands);
    }

    @Override
    protected void operatorException(Operator operator, List<COSBase> operands, IOException e) throws IOException {
        // PDFBox skips an operator with missing or wrong operands and goes on; what it drew is lost.
        note(PageDamage.FAILED);
        super.operatorException(operator, operands, e);
    }

    private void note(PageDamage d) {
        damage.merge(getCurrentPageNo(), d, PageDamage::and);
    }

    private boolean intact(COSStream stream) {
        return intact.computeIfAbsent(stream, FlateCheck::intact);
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        // PDFTextStripper offers every page of the document and skips those outside the range only
        // inside its own processPage: a reader given a few pages must not check the compressed
        // content of all the others first (each reading thread would inflate the whole document).
        int no = getCurrentPageNo();
        if (no < getStartPage() || no > getEndPage()) return;
        if (cancelled.getAsBoolean()) throw new Stopped(no);
        try {
            // A flipped bit in compressed content often still inflates, to text with letters or
            // figures lost, and PDFBox keeps what it got: the stream's own checksum tells.
            for (java.util.Iterator<org.apache.pdfbox.pdmodel.common.PDStream> it = page.getContentStreams(); it.hasNext(); ) {
                if (!intact(it.next().getCOSObject())) note(PageDamage.CORRUPT);
            }
            super.processPage(page);
            // A string left open ("(Total ..." with no closing parenthesis) swallows the rest of the
            // stream, and PDFBox ends the page there without a word: the text object it was in is
            // never closed.
            if (openTextObjects > 0) note(PageDamage.FAILED);
        } catch (IOException | RuntimeException e) {
            // One broken page must not cost the rest of the document: keep what was read of it.
            note(PageDamage.FAILED);
            if (written < getCurrentPageNo()) writePage();
        }
    }

    @Override
    protected void startPage(PDPage page) {
        PDRectangle crop = page.getCropBox();
        cropX = crop.getLowerLeftX();
        cropY = crop.getLowerLeftY();
        cropW = crop.getWidth();
        cropH = crop.getHeight();
        glyphs = new ArrayList<>();
        state.startPage(cropX, cropY, cropH);
        seq = 0;
        truncatedPage = false;
        openTextObjects = 0;
        unmapped = 0;
    }

    /** PDFBox's glyph list with its additions, as its text engine maps glyph names to text with it. */
    private static final GlyphList GLYPH_LIST = additionalGlyphList();

    private static GlyphList additionalGlyphList() {
        try (InputStream in = GlyphList.class.getResourceAsStream("/org/apache/pdfbox/resources/glyphlist/additional.txt")) {
            return new GlyphList(GlyphList.getAdobeGlyphList(), in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text direction of a glyph in degrees from its text rendering matrix, as TextPosition.getDir gives it. */
    static float direction(Matrix m) {
        float a = m.getScaleY();
        float b = m.getShearY();
        float c = m.getShearX();
        float d = m.getScaleX();
        if (a > 0 && Math.abs(b) < d && Math.abs(c) < a && d > 0) return 0;
        if (a < 0 && Math.abs(b) < Math.abs(d) && Math.abs(c) < Math.abs(a) && d < 0) return 180;
        if (Math.abs(a) < Math.abs(c) && b > 0 && c < 0 && Math.abs(d) < b) return 90;
        if (Math.abs(a) < c && b < 0 && c > 0 && Math.abs(d) < Math.abs(b)) return 270;
        return 0;
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        collect(t.getUnicode(), t.getFont(), t.getDir());
    }

    /**
     * Adds the glyph's characters at its position, recomputed in double precision from the text and
     * graphics state. PDFBox composes its matrices in single precision, which on pages drawn with
     * large offsets moves glyphs by a few thousandths of a point: enough to flip a comparison
     * against a distance the document sets exactly (a line spacing of one and a half font sizes).
     * Where the glyph sits is worked out in locals (origin and advance in user space, and in the
     * reading frame of its direction): this runs for every glyph of the document.
     */
    private void collect(String u, PDFont font, float direction) {
        seq++;
        if (u == null || u.isEmpty()) return;
        if (glyphs.size() >= maxGlyphsPerPage) {
            truncatedPage = true;
            return;
        }
        PDTextState ts = getGraphicsState().getTextState();
        double size = Math.abs(snappedFontSize(ts.getFontSize()));
        double fontSize = state.fontSize(size);
        if (!Double.isFinite(fontSize) || fontSize <= 0) return;
        state.origin(PreciseState.snap(ts.getRise()));
        double ox = state.originX();
        double oy = state.originY();
        boolean vertical = font.isVertical();
        state.advance(vertical ? 0 : glyphWidth, snappedFontSize(ts.getFontSize()),
                PreciseState.snap(ts.getCharacterSpacing()), glyphWordSpacing, vertical);
        double ax = state.advanceX();
        double ay = state.advanceY();
        if (!Double.isFinite(ox) || !Double.isFinite(oy)) return;
        // Device space: from the crop box's top-left corner, y down. User space: y up.
        double ux = ox + cropX;
        double uy = cropY + cropH - oy;
        int dir = Math.floorMod(Math.round(direction / 90f), 4);
        double x;
        double base;
        double advance;
        switch (dir) {
            case 1 -> { x = cropH - oy; base = ox; advance = -ay; }
            case 2 -> { x = cropW - ox; base = cropH - oy; advance = -ax; }
            case 3 -> { x = oy; base = cropW - ox; advance = ay; }
            default -> { x = ox; base = oy; advance = ax; }
        }
        double[] metrics = metrics(font);
        // A ligature ("fi") is one glyph with several characters: share its advance among them.
        int n = u.codePointCount(0, u.length());
        double each = advance / n;
        int i = 0;
        for (int k = 0; k < u.length(); ) {
            int cp = u.codePointAt(k);
            k += Character.charCount(cp);
            glyphs.add(new Glyph(cp, x + i * each, each, base, fontSize, metrics[0], metrics[1], font, dir, seq,
                    ux, uy, ax, -ay));
            i++;
        }
    }

    @Override
    protected void writePage() throws IOException {
        if (truncatedPage) note(PageDamage.TRUNCATED);
        if (unmapped > 0) note(PageDamage.unmapped(unmapped));
        written = getCurrentPageNo();
        sink.page(getCurrentPageNo(), getCurrentPage(), glyphs);
        glyphs = new ArrayList<>();
    }

    /**
     * Ascent and descent as fractions of the font size, from the font descriptor when it gives
     * plausible values (some descriptors give zero or a negative ascent), else typical values.
     */
    private double[] metrics(PDFont font) {
        // runs of glyphs share a font: the last one's metrics are kept at hand
        if (font == lastFont && lastMetrics != null) return lastMetrics;
        lastFont = font;
        return lastMetrics = fontMetrics.computeIfAbsent(font, f -> {
            double ascent = 0.95;
            double descent = -0.35;
            PDFontDescriptor d = f == null ? null : f.getFontDescriptor();
            if (d != null && !copiesBoundingBox(d)) {
                double a = Math.abs(d.getAscent() / 1000.0);
                if (a != 0 && a < 3) ascent = a;
                double de = -Math.abs(d.getDescent() / 1000.0);
                if (de != 0 && de > -3) descent = de;
            }
            return new double[]{ascent, descent};
        });
    }

    /**
     * Ghostscript's pdfwrite gives a font's ascent and descent as the top and bottom of its bounding
     * box (Times New Roman: 1039 and -306 for 891 and -216): a box that tall sorts a line's text
     * below a footnote mark set between the lines, and the line is split.
     */
    private static boolean copiesBoundingBox(PDFontDescriptor d) {
        org.apache.pdfbox.pdmodel.common.PDRectangle box = d.getFontBoundingBox();
        return box != null && d.getAscent() != 0 && d.getAscent() == box.getUpperRightY() && d.getDescent() == box.getLowerLeftY();
    }
}
