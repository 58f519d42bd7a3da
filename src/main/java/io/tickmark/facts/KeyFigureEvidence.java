package io.tickmark.facts;

import java.util.ArrayList;
import java.util.List;

/** What a list of key figures gives as evidence: their descriptions, their sources and the figures behind them. */
record KeyFigureEvidence(List<String> descriptions, List<SourceRef> sources, List<Figure> figures) {

    static KeyFigureEvidence of(List<KeyFigure> kfs) {
        List<String> ev = new ArrayList<>();
        List<SourceRef> src = new ArrayList<>();
        List<Figure> figs = new ArrayList<>();
        for (KeyFigure k : kfs) {
            ev.add(k.describe());
            if (k.getSource() != null) src.add(k.getSource());
            figs.addAll(k.getFigures());
        }
        return new KeyFigureEvidence(ev, src, figs);
    }
}
