package io.tickmark.extract.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph: consecutive non-blank lines without tabs (tab lines are tables), joined with
 * spaces. In a prospectus converted to one line per paragraph a passage is one line; in layout
 * text it is the wrapped lines of one paragraph.
 */
record Passage(int first, int last, String text) {

    static List<Passage> split(String[] lines) {
        List<Passage> out = new ArrayList<>();
        StringBuilder buf = new StringBuilder();
        int start = -1;
        for (int i = 0; i <= lines.length; i++) {
            String l = i < lines.length ? lines[i] : "";
            boolean breaks = l.isBlank() || l.indexOf('\t') >= 0 || l.indexOf('\f') >= 0;
            if (breaks) {
                if (start >= 0) out.add(new Passage(start + 1, i, buf.toString().trim()));
                buf.setLength(0);
                start = -1;
                continue;
            }
            if (start < 0) start = i;
            else buf.append(' ');
            buf.append(l.trim());
        }
        return out;
    }

    boolean isSingleLine() { return first == last; }
}
