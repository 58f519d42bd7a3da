package io.tickmark.extract.wording;

import io.tickmark.util.AsciiCase;
import io.tickmark.util.Regex;
import io.tickmark.util.Spaces;
import io.tickmark.extract.Extraction;
import io.tickmark.extract.layout.LayoutDocument;
import io.tickmark.extract.layout.LayoutLine;
import io.tickmark.extract.layout.LineBox;
import io.tickmark.facts.SourceRef;
import io.tickmark.facts.StatedShareCapital;
import io.tickmark.run.Enricher;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the company's own share count and registered capital from the text of its profile
 * ("the Company has issued a total of 426,051,000 shares, with a registered capital of CNY
 * 426,051,000"). Only sentences about the company itself count: the registered capital of a
 * client or supplier that a prospectus describes is not the issuer's.
 */
public final class ShareCapitalReader implements Enricher {
    private static final Pattern SHARES = Pattern.compile("\\b(?:issued|in issue|has|had)\\s+(?:a total of\\s+)?(\\d{1,3}(?:,\\d{3}){2,})\\s+(?:ordinary\\s+)?shares\\b");
    private static final Pattern CAPITAL = Pattern.compile(
            "\\bregistered capital (?:of|is|was|amounts? to)\\s+(?:(?:cny|rmb|hk\\$|us\\$|usd|hkd)\\s?)(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)\\s*(million|billion)?");
    private static final Pattern ISSUER = Pattern.compile("\\bthe company\\b");

    @Override
    public void enrich(Extraction extraction, LayoutDocument layout, String text) {
        extraction.otherFacts().addAll(read(extraction.document().getId(), layout));
    }

    public static List<StatedShareCapital> read(String document, LayoutDocument layout) {
        List<StatedShareCapital> out = new ArrayList<>();
        List<LayoutLine> para = new ArrayList<>();
        for (LayoutLine l : layout.lines()) {
            if (l.isBlank()) {
                paragraph(document, para, out);
                para = new ArrayList<>();
                continue;
            }
            para.add(l);
        }
        paragraph(document, para, out);
        return out;
    }

    private static void paragraph(String document, List<LayoutLine> lines, List<StatedShareCapital> out) {
        if (lines.isEmpty() || lines.size() > 12) return;
        // what CAPITAL needs ("registered capital", which may wrap): paragraphs without it are out before they are joined
        if (lines.stream().noneMatch(l -> AsciiCase.contains(l.text(), "registered"))) return;
        StringBuilder b = new StringBuilder();
        for (LayoutLine l : lines) b.append(Spaces.collapse(l.text().trim())).append(' ');
        String text = b.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.contains("registered capital")) return; // what CAPITAL needs: most paragraphs are out at one look
        for (String sentence : Regex.split(lower, "(?<=[.;])\\s+(?=[a-z])|(?<=\\.)\\s+(?=[A-Z])")) {
            if (!ISSUER.matcher(sentence).find()) continue;
            Matcher c = CAPITAL.matcher(sentence);
            Matcher s = SHARES.matcher(sentence);
            boolean hasCapital = c.find();
            boolean hasShares = s.find();
            if (!hasCapital) continue;
            BigDecimal shares = hasShares ? new BigDecimal(s.group(1).replace(",", "")) : null;
            String digits = c.group(1).replace(",", "");
            BigDecimal amount = new BigDecimal(digits);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, amount.scale()));
            BigDecimal multiplier = c.group(2) == null ? BigDecimal.ONE
                    : c.group(2).equals("million") ? new BigDecimal("1000000") : new BigDecimal("1000000000");
            amount = amount.multiply(multiplier);
            BigDecimal half = unit.multiply(multiplier).divide(BigDecimal.valueOf(2));
            LayoutLine first = lines.get(0);
            LayoutLine last = lines.get(lines.size() - 1);
            List<String> boxes = new ArrayList<>();
            for (LayoutLine l : lines) if (l.box() != null) boxes.add(l.box().whole());
            int at = lower.indexOf(sentence);
            String quote = at < 0 ? sentence : text.substring(at, at + sentence.length());
            out.add(new StatedShareCapital(document, shares, amount, half, quote.trim(),
                    new SourceRef(document, first.page(), first.lineNo(), last.lineNo(), 0, 0, LineBox.union(boxes))));
            return;
        }
    }
}
