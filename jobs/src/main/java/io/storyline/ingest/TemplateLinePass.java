package io.storyline.ingest;

import io.storyline.config.Settings;
import io.storyline.spark.PartitionLookup;
import io.storyline.text.TemplateLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;
import scala.Tuple3;

/**
 * The per-source template pass over plain-text articles: a line that recurs across many documents
 * of one source in the batch is that source's page chrome, and is dropped. The rule is
 * {@link TemplateLines}; this class only counts at Spark scale.
 *
 * <p>Nothing goes to the driver: a source's chrome is tens of lines, but a crawl has tens of thousands of
 * sources. Each source's template lines are sent to the partitions that hold its articles and read there
 * ({@link PartitionLookup}); the texts do not move.
 */
final class TemplateLinePass {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateLinePass.class);

    private TemplateLinePass() {}

    static TemplateLines rule(Settings.Ingest settings) {
        return new TemplateLines(3, settings.templateMinDocs(), settings.templateMinShare(), 200,
                Math.max(5, settings.templateMinDocs()), Math.max(0.8, settings.templateMinShare()));
    }

    static JavaRDD<ExtractedArticle> apply(JavaRDD<ExtractedArticle> articles, Settings.Ingest settings) {
        TemplateLines rule = rule(settings);
        long fewestDocuments = settings.templateMinDocs();
        JavaRDD<ExtractedArticle> text = articles.filter(ExtractedArticle::plainText);
        // Copies of one text in a source (the same article captured twice, which ingest keeps once) count once,
        // told by the text's exact fingerprint (pages that differ in a score or a rate are two documents):
        // counted apart, an article's own lines would be in as many documents as it has copies. Documents are
        // counted by their texts' fingerprints, lines once per (line, text): the texts themselves do not move.
        JavaPairRDD<String, Long> documentsPerSource = text
                .map(a -> new Tuple2<>(a.source(), TemplateLines.exactFingerprint(a.text()))).distinct()
                .mapToPair(t -> new Tuple2<>(t._1(), 1L)).reduceByKey(Long::sum);
        // (source, fingerprint) -> (documents containing the line, shortest length seen)
        JavaPairRDD<Tuple2<String, Long>, Tuple2<Long, Integer>> lineDocuments = text.flatMapToPair(a -> {
            long document = TemplateLines.exactFingerprint(a.text());
            List<Tuple2<Tuple3<String, Long, Long>, Integer>> out = new ArrayList<>();
            distinctLines(a.text()).forEach((fp, length) -> out.add(new Tuple2<>(new Tuple3<>(a.source(), fp, document), length)));
            return out.iterator();
        }).reduceByKey(Math::min)
                .mapToPair(e -> new Tuple2<>(new Tuple2<>(e._1()._1(), e._1()._2()), new Tuple2<>(1L, e._2())))
                .reduceByKey((x, y) -> new Tuple2<>(x._1() + y._1(), Math.min(x._2(), y._2())));
        // source -> fingerprint of a template line. Only lines in enough documents meet their source's count, so
        // the join by source is small, however large a source.
        JavaPairRDD<String, Long> templates = lineDocuments
                .filter(e -> e._2()._1() >= fewestDocuments)
                .mapToPair(e -> new Tuple2<>(e._1()._1(), new Tuple2<>(e._1()._2(), e._2())))
                .join(documentsPerSource)
                .filter(e -> rule.isTemplate(e._2()._2(), e._2()._1()._2()._1(), e._2()._1()._2()._2()))
                .mapToPair(e -> new Tuple2<>(e._1(), e._2()._1()._1()));
        long templateLines = templates.count();
        if (templateLines == 0) {
            return articles;
        }
        LOG.info("ingest: template pass drops {} recurring lines across {} sources", templateLines,
                templates.keys().distinct().count());

        // Each source's template lines go to the partitions that hold its articles.
        JavaPairRDD<String, Set<Long>> templatesBySource = templates.groupByKey().mapValues(TemplateLinePass::setOf);
        return PartitionLookup.map(articles,
                a -> a.plainText() ? List.of(a.source()).iterator() : Collections.emptyIterator(),
                templatesBySource,
                (bySource, a) -> {
                    Set<Long> template = a.plainText() ? bySource.get(a.source()) : null;
                    return template == null ? a : a.withText(dropLines(a.text(), template));
                });
    }

    private static Set<Long> setOf(Iterable<Long> fingerprints) {
        Set<Long> set = new HashSet<>();
        fingerprints.forEach(set::add);
        return set;
    }

    /** Each distinct line's fingerprint, with the shortest length it has in the text. */
    private static Map<Long, Integer> distinctLines(String text) {
        Map<Long, Integer> lines = new HashMap<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                lines.merge(TemplateLines.fingerprint(line), line.strip().length(), Math::min);
            }
        }
        return lines;
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
