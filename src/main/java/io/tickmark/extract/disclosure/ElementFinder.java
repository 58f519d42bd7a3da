package io.tickmark.extract.disclosure;

import io.tickmark.util.Regex;
import io.tickmark.facts.DisclosureElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the elements of a non-compliance disclosure (reasons, legal consequences, maximum penalty,
 * rectification, internal controls, directors' view, statutory surcharge...) in the passages that
 * discuss it, by the words a listing document uses for them. Column captions of a flattened
 * non-compliance table ("Legal consequences", "Rectification actions") are removed first: a caption
 * is not the content it announces.
 */
final class ElementFinder {
    private static final Pattern CAPTIONS = Pattern.compile("(?i)major cause of the non-?compliant incident|major cause of the"
            + "|potential impact on (our|the) operations and financial condition|potential impact on our|legal consequences"
            + "|rectification actions( and internal control measures)?|non-?compliant incident|reasons? for (the )?non-?compliance");

    static final Map<String, Pattern> LISTING_GUIDE = new LinkedHashMap<>();
    static final Map<String, Pattern> SOCIAL_INSURANCE = new LinkedHashMap<>();
    static final Map<String, Pattern> TITLE_DEFECT = new LinkedHashMap<>();

    static {
        LISTING_GUIDE.put("reasons", p("\\b(due to|because|as a result of|owing to|attributable to|was caused by|the reasons? (for|why|of))\\b"
                + "|\\bas such registration required\\b|\\brequired (the )?cooperation (of|by|from) (the )?lessors?"));
        LISTING_GUIDE.put("legal-consequences", p("\\b(may|might|could|would) be (subject to|ordered|required to (pay|make|rectify)|liable|fined|imposed)"
                + "|\\ba fine of\\b|\\bfines? (of|ranging)\\b|\\bsurcharge\\b|\\bpenalt(y|ies) of\\b|\\bapply to the people's court"));
        LISTING_GUIDE.put("maximum-penalty", p("\\bmaximum (potential |aggregate |total )?(penalty|penalties|fine|fines|liability|exposure)\\b"
                + "|\\b(penalty|penalties|fines?) [^.]{0,40}\\b(in aggregate|in total|aggregating)\\b"));
        LISTING_GUIDE.put("rectification", p("\\bwill (also )?(continue to|seek|start|make|register|procure|pay|rectify|apply|correspondingly)\\b"
                + "|\\b(have|has) (since |already )?(registered|paid|made up|rectified|completed)\\b|\\bexpects? to (start|make|complete|commence)\\b"
                + "|\\bstart(ed)? making full contributions\\b"));
        LISTING_GUIDE.put("internal-control", p("\\binternal control|\\bdesignated [^.]{0,120}\\b(monitor|oversee|review)"
                + "|\\b(enhanced|revised|adopted|strengthened) [^.]{0,40}\\b(policies|procedures|measures)\\b"));
        LISTING_GUIDE.put("directors-view", p("\\b(our )?directors (are of the (view|opinion)|believe|consider|confirm|are satisfied|take the view)"
                + "|\\bwe believe that (we have|our) [^.]{0,60}\\b(adequate|effective|sufficient)\\b"));

        SOCIAL_INSURANCE.put("late-payment-surcharge", p("\\bsurcharge\\b|\\blate[- ]payment (fee|charge|penalt)|\\b0\\.05% (per|a|each) day"));
        SOCIAL_INSURANCE.put("fine-on-unpaid", p("\\b(one|1) (to|and) (three|3) times\\b|\\bthree times (of )?the\\b|\\bfines? of [^.]{0,40}\\btimes\\b"));
        SOCIAL_INSURANCE.put("court-enforcement", p("\\bpeople's court\\b|\\bcourt for (compulsory )?enforcement\\b|\\bcompulsory enforcement\\b"));
        SOCIAL_INSURANCE.put("agent-arrangement", p("\\bthird[- ]party (agents?|agenc(y|ies)|human resources)|\\bthrough (an? )?(third[- ]party )?agents?\\b"));
        SOCIAL_INSURANCE.put("confirmations", p("\\b(obtained|received) [^.]{0,40}\\bconfirmations?\\b|\\bconfirmations? (from|with|issued by)\\b"));
        SOCIAL_INSURANCE.put("indemnity", p("\\bindemnif(y|ied|ication)\\b"));

        TITLE_DEFECT.put("relocation-risk", p("\\b(may|might|could) (be required to|have to|need to) [^.]{0,60}\\b(relocat|alternative propert)"
                + "|\\brelocation costs? (may|might|could)|\\blease may be (deemed |held )?invalid|\\bmay be deemed invalid\\b"));
        TITLE_DEFECT.put("relocation-impact", p("\\b(directors|we) (confirm|believe|consider|are of the view)[^.]{0,200}\\b(relocat|alternative propert)"));
    }

    private static Pattern p(String re) { return Pattern.compile("(?i)" + re); }

    private ElementFinder() {}

    /** The first passage in scope that shows each element; elements not found are simply absent. */
    static List<DisclosureElement> find(DocumentText doc, String incident, List<Passage> scope, Map<String, Pattern> cues) {
        List<DisclosureElement> out = new ArrayList<>();
        List<Passage> texts = withFragmentRuns(scope);
        for (Map.Entry<String, Pattern> cue : cues.entrySet()) {
            for (Passage p : texts) {
                String text = CAPTIONS.matcher(p.text()).replaceAll(" ");
                Matcher m = cue.getValue().matcher(text);
                if (m.find()) {
                    out.add(new DisclosureElement(doc.document(), incident, cue.getKey(), Quotes.around(text, m.start(), m.end()), doc.ref(p)));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The passages, plus runs of consecutive short fragments joined: a table cell flattened into one
     * short line per passage ("We had reviewed our internal" / "control policies and have") only
     * reads as a sentence when its lines are put back together.
     */
    static List<Passage> withFragmentRuns(List<Passage> scope) {
        List<Passage> out = new ArrayList<>(scope);
        List<Passage> run = new ArrayList<>();
        for (int i = 0; i <= scope.size(); i++) {
            Passage p = i < scope.size() ? scope.get(i) : null;
            boolean fragment = p != null && p.text().length() < 80 && !Regex.matches(p.text(), ".*[.:;]$|^[A-Z][A-Z ]+$");
            boolean fragmentEnd = p != null && p.text().length() < 80 && p.text().endsWith(".");
            if (fragment || fragmentEnd && !run.isEmpty()) {
                run.add(p);
                if (!fragmentEnd) continue;
            }
            if (run.size() >= 2) {
                StringBuilder s = new StringBuilder();
                for (Passage r : run) s.append(s.length() > 0 ? " " : "").append(r.text());
                out.add(new Passage(run.get(0).first(), run.get(run.size() - 1).last(), s.toString()));
            }
            run.clear();
        }
        return out;
    }

    /** Whether a passage reads as a flattened table: two or more column captions inside running text. */
    static boolean looksDamaged(String text) {
        Matcher m = CAPTIONS.matcher(text);
        int n = 0;
        while (m.find()) if (m.start() > 0) n++;
        return n >= 2;
    }
}
