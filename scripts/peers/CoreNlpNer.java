// The peer of `scripts/eval-entities-gold --peer corenlp`: Stanford CoreNLP 4.5.10's named-entity
// recognisers (CRF models of Maven Central's stanford-corenlp models jars; GPL-3.0, measured only,
// never a product dependency) over the gold layout's raw/<half>/<lang>/*.txt, each language with the
// pipeline its models jar configures (StanfordCoreNLP-<lang>.properties, without the parsers), written
// as the ner/ layout that `bin/storyline eval entities --predictions` scores: start and end in code
// points, surface, surface as base form, type, and no cross-lingual id.
//
//   java -cp CLASSPATH scripts/peers/CoreNlpNer.java DATA OUT LANG...
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

public class CoreNlpNer {
    private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "PER", "PER", "LOCATION", "LOC", "LOC", "LOC",
            "ORGANIZATION", "ORG", "ORG", "ORG", "MISC", "MISC", "I-MISC", "MISC");

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            String lang = args[i];
            StanfordCoreNLP pipeline = new StanfordCoreNLP(properties(lang));
            List<Path> files;
            try (Stream<Path> walk = Files.walk(data.resolve("raw"))) {
                files = walk.filter(p -> p.toString().endsWith(".txt") && p.getParent().getFileName().toString().equals(lang))
                        .sorted().toList();
            }
            long started = System.nanoTime();
            int mentions = 0;
            for (Path txt : files) {
                String text = Files.readString(txt, StandardCharsets.UTF_8);
                CoreDocument doc = new CoreDocument(text);
                pipeline.annotate(doc);
                List<String> rows = new ArrayList<>();
                for (CoreEntityMention m : doc.entityMentions()) {
                    String type = TYPES.get(m.entityType());
                    if (type == null) {
                        continue;
                    }
                    int start = m.charOffsets().first();
                    int end = m.charOffsets().second();
                    String surface = text.substring(start, end).replaceAll("\\s+", " ");
                    rows.add(text.codePointCount(0, start) + "\t" + text.codePointCount(0, end) + "\t" + surface + "\t" + surface
                            + "\t" + type + "\t-");
                }
                mentions += rows.size();
                Path rel = data.resolve("raw").relativize(txt);
                String name = rel.getFileName().toString();
                Path tsv = out.resolve(rel.getParent()).resolve(name.substring(0, name.length() - 4) + ".tsv");
                Files.createDirectories(tsv.getParent());
                Files.write(tsv, rows, StandardCharsets.UTF_8);
            }
            System.err.printf("corenlp %s: %d texts, %d mentions, %.1f s%n", lang, files.size(), mentions,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    private static Properties properties(String lang) throws Exception {
        Properties p = new Properties();
        if (lang.equals("en")) {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        } else {
            String name = lang.equals("de") ? "german" : lang.equals("fr") ? "french" : null;
            if (name == null) {
                throw new IllegalArgumentException("no CoreNLP NER model for " + lang);
            }
            try (var in = CoreNlpNer.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-" + name + ".properties")) {
                p.load(in);
            }
            p.setProperty("annotators", "tokenize,ssplit,mwt,pos,ner");
        }
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        return p;
    }
}
