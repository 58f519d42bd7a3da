package io.tickmark.engine;

import org.kie.api.definition.KiePackage;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compiles user rule packs ({@code --rules DIR}) from DRL at run time, the classic way (the
 * built-in packs are compiled at build time). Every {@code .drl} file under each directory is
 * compiled; a directory may also be a single DRL file.
 */
final class RulePackCompiler {
    private RulePackCompiler() {}

    static Collection<KiePackage> compile(List<Path> dirs) throws RulePackException {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path dir : dirs) {
            if (Files.isRegularFile(dir) && dir.toString().endsWith(".drl")) {
                files.add(dir);
            } else if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    List<Path> found = s.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
                    if (found.isEmpty()) problems.add(dir + ": no .drl files in this rule pack directory");
                    files.addAll(found);
                } catch (IOException e) {
                    problems.add(dir + ": cannot be read (" + e.getMessage() + ")");
                }
            } else {
                problems.add(dir + ": no such rule pack directory");
            }
        }
        if (!problems.isEmpty()) throw new RulePackException(problems);
        KnowledgeBuilder kb = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Path f : files) {
            Resource r = ResourceFactory.newFileResource(f.toFile());
            r.setSourcePath(f.toString()); // messages name the file as the user gave it
            kb.add(r, ResourceType.DRL);
        }
        if (kb.hasErrors()) {
            for (KnowledgeBuilderError e : kb.getErrors()) {
                String msg = firstLine(e.getMessage());
                if (msg.equals("Parser returned a null Package")) continue; // follows a parse error already reported
                String file = e.getResource() == null ? "rule pack" : e.getResource().getSourcePath();
                int line = Arrays.stream(e.getLines()).filter(l -> l > 0).findFirst().orElse(0);
                problems.add(file + (line > 0 ? ":" + line : "") + ": " + msg);
            }
            if (problems.isEmpty()) problems.add("rule pack does not compile");
            throw new RulePackException(problems);
        }
        return kb.getKnowledgePackages();
    }

    private static String firstLine(String s) {
        if (s == null) return "compile error";
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
