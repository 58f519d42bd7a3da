package io.tickmark.facts;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comparative figure of this year's report paired with the same fact (entity scope, statement or
 * note, concept or label, period) as last year's report stated it (ISA 710). The pairing is done
 * in Java by identity; whether the two agree, and whether a difference is explained, the
 * {@code comparatives} rules decide. The tolerance is the rounding of the coarser of the two
 * displayed precisions.
 */
public final class PriorFigure {
    private final String document;
    private final String identity;
    private final Figure current;
    private final Figure prior;
    private final BigDecimal difference;
    private final BigDecimal tolerance;

    public PriorFigure(String document, String identity, Figure current, Figure prior) {
        this.document = document;
        this.identity = identity;
        this.current = current;
        this.prior = prior;
        this.difference = current.getAmount().subtract(prior.getAmount());
        BigDecimal half = current.getHalfUnit().max(prior.getHalfUnit());
        this.tolerance = half.multiply(BigDecimal.valueOf(2)).compareTo(new BigDecimal("0.01")) <= 0 ? BigDecimal.ZERO : half;
    }

    public String getDocument() { return document; }
    public String getIdentity() { return identity; }
    public Figure getCurrent() { return current; }
    public Figure getPrior() { return prior; }
    public BigDecimal getDifference() { return difference; }
    public BigDecimal getAbsDifference() { return difference.abs(); }
    public BigDecimal getTolerance() { return tolerance; }
    public List<Figure> getEvidence() { return List.of(current, prior); }
    public String getKey() { return "prior:" + identity; }
    public String getSubject() { return current.getScope() + "/" + current.getStatement() + "/"
            + (current.getConcept() != null ? current.getConcept() : current.getLabel()) + "/" + current.getPeriod(); }

    /** The verification this pair stands for: expected is last year's amount, actual this year's. */
    public Check toCheck(Map<String, Object> meta, String outcome) {
        return new Check(String.valueOf(meta.get("id")), document, getKey(), outcome, current.getTable(),
                prior.getAmount().toPlainString(), current.getAmount().toPlainString(), getEvidence());
    }

    public Finding toFinding(Map<String, Object> meta) {
        return Finding.raise(meta, document, getSubject(), getArgs(), getEvidence(), List.of());
    }

    /** A difference that the filing's restatement or reclassification disclosure explains; the disclosure is quoted. */
    public Finding toFinding(Map<String, Object> meta, ComparativeRestatement disclosure) {
        Map<String, Object> args = getArgs();
        args.put("kind", disclosure.getKind());
        args.put("quote", disclosure.getQuote());
        args.put("disclosedAt", disclosure.getWhere());
        List<SourceRef> sources = disclosure.getSource() == null ? List.of() : List.of(disclosure.getSource());
        return Finding.raise(meta, document, getSubject(), args, getEvidence(), sources,
                List.of("disclosure: \"" + disclosure.getQuote() + "\" (" + disclosure.getWhere() + ")"));
    }

    /** A difference that a line split out of this one accounts for; the new line is quoted. */
    public Finding toFinding(Map<String, Object> meta, NewComparativeLine split) {
        Map<String, Object> args = getArgs();
        args.put("newLine", split.getWhere());
        List<Figure> evidence = List.of(current, prior, split.getFigure());
        return Finding.raise(meta, document, getSubject(), args, evidence, List.of(),
                List.of("new line: " + split.getWhere()));
    }

    public Map<String, Object> getArgs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", current.getLabel());
        m.put("period", current.getPeriod());
        m.put("current", MessageTemplate.amount(current.getAmount()));
        m.put("prior", MessageTemplate.amount(prior.getAmount()));
        m.put("difference", MessageTemplate.amount(difference));
        m.put("where", current.getTable() + " " + (current.getSource() == null ? "" : current.getSource().describe()));
        m.put("priorWhere", prior.getDocument() + " " + prior.getTable() + " "
                + (prior.getSource() == null ? "" : prior.getSource().describe()));
        return m;
    }
}
