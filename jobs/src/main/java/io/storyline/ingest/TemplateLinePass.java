package io.storyline.ingest;

import io.storyline.config.Settings;
import io.storyline.text.TemplateLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * The per-source template pass over plain-text articles: a line that recurs across many documents
 * of one source in the batch is that source's page chrome, and is dropped. The rule is
 * {@link TemplateLines}; this class only counts at Spark scale.
 *
 * <p>The template lines found are broadcast rather than joined: they are few (a source's chrome
 * is tens of lines), while a join keyed by source would put a large source's documents in one task.
 */
final class TemplateLinePass {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateLinePass.class);

    private TemplateLinePass() {}

    static TemplateLines rule(Settings.Ingest settings) {
        return new TemplateLines(3, settings.templateMinDocs(), settings.templateMinShare(), 200,
                Math.max(5, settings.templateMinDocs()), Math.max(0.8, settings.templateMinShare()));
    }

    static JavaRDD<ExtractedArticle> apply(JavaSparkContext jsc, JavaRDD<ExtractedArticle> articles,
                                           Settings.Ingest settings) {
        JavaRDD<ExtractedArticle> text = articles.filter(ExtractedArticle::plainText);
        JavaPairRDD<String, Long> documentsPerSource = text
                .mapToPair(a -> new Tuple2<>(a.source(), 1L)).reduceByKey(Long::sum);
        // (source, fingerprint) -> (documents containing the line, shortest length seen)
        JavaPairRDD<Tuple2<String, Long>, Tuple2<Long, Integer>> lineDocuments = text.flatMapToPair(a -> {
            Map<Long, Integer> lines = new HashMap<>();
            for (String line : a.text().split("\n")) {
                if (!line.isBlank()) {
                    lines.merge(TemplateLines.fingerprint(line), line.strip().length(), Math::min);
                }
            }
            List<Tuple2<Tuple2<String, Long>, Tuple2<Long, Integer>>> out = new ArrayList<>(lines.size());
            lines.forEach((fp, length) -> out.add(new Tuple2<>(new Tuple2<>(a.source(), fp), new Tuple2<>(1L, length))));
            return out.iterator();
        }).reduceByKey((x, y) -> new Tuple2<>(x._1() + y._1(), Math.min(x._2(), y._2())));

        TemplateLines rule = rule(settings);
        Map<String, Set<Long>> templates = new HashMap<>();
        lineDocuments
                .mapToPair(e -> new Tuple2<>(e._1()._1(), new Tuple2<>(e._1()._2(), e._2())))
                .join(documentsPerSource)
                .filter(e -> rule.isTemplate(e._2()._2(), e._2()._1()._2()._1(), e._2()._1()._2()._2()))
                .map(e -> new Tuple2<>(e._1(), e._2()._1()._1()))
                .collect()
                .forEach(t -> templates.computeIfAbsent(t._1(), k -> new HashSet<>()).add(t._2()));
        if (templates.isEmpty()) {
            return articles;
        }
        LOG.info("ingest: template pass drops {} recurring lines across {} sources",
                templates.values().stream().mapToInt(Set::size).sum(), templates.size());
        Broadcast<Map<String, Set<Long>>> broadcast = jsc.broadcast(templates);
        return articles.map(a -> {
            Set<Long> lines = a.plainText() ? broadcast.value().get(a.source()) : null;
            return lines == null ? a : a.withText(dropLines(a.text(), lines));
        });
    }

    private static String dropLines(String text, Set<Long> template) {
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            if (line.isBlank() || !template.contains(TemplateLines.fingerprint(line))) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString();
    }
}
