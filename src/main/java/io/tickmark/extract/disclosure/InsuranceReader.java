package io.tickmark.extract.disclosure;

import io.tickmark.facts.InsuranceNotMaintained;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "We do not maintain any business interruption insurance or product liability insurance...". */
final class InsuranceReader {
    private static final Pattern NOT_MAINTAINED = Pattern.compile("(?i)\\b(?:do|does|did)\\s+not\\s+(?:maintain|carry|have|purchase|hold)\\b[^.]{0,300}?\\binsurance\\b");
    private static final Map<String, Pattern> COVERS = new LinkedHashMap<>();

    static {
        COVERS.put("business interruption", Pattern.compile("(?i)business[- ]interruption"));
        COVERS.put("product liability", Pattern.compile("(?i)product[- ]liability"));
        COVERS.put("key-man", Pattern.compile("(?i)key[- ]?man|key person"));
        COVERS.put("network and IT systems", Pattern.compile("(?i)network infrastructure|information technology system"));
        COVERS.put("property", Pattern.compile("(?i)insurance (policies )?(for|covering) (our )?propert|property insurance"));
        COVERS.put("litigation", Pattern.compile("(?i)litigation insurance"));
        COVERS.put("environmental", Pattern.compile("(?i)environmental (liability )?insurance"));
        COVERS.put("directors' liability", Pattern.compile("(?i)directors'? (and officers'? )?liability"));
    }

    private InsuranceReader() {}

    static void read(DocumentText doc, List<Object> out) {
        for (Passage p : doc.passages()) {
            Matcher m = NOT_MAINTAINED.matcher(p.text());
            if (!m.find()) continue;
            List<String> covers = new ArrayList<>();
            for (String s : Quotes.sentences(p.text())) {
                if (!NOT_MAINTAINED.matcher(s).find()) continue;
                for (Map.Entry<String, Pattern> c : COVERS.entrySet()) {
                    if (c.getValue().matcher(s).find() && !covers.contains(c.getKey())) covers.add(c.getKey());
                }
            }
            if (covers.isEmpty()) covers.add("some");
            boolean riskFactor = p.text().toLowerCase().contains("risk factors");
            out.add(new InsuranceNotMaintained(doc.document(), String.join(", ", covers), riskFactor,
                    Quotes.around(p.text(), m.start(), m.end()), doc.ref(p)));
        }
    }
}
