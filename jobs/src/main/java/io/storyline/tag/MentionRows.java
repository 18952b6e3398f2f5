package io.storyline.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The one mapping between {@link Mention} and its Spark struct ({@link MentionTagger#MENTION}), both
 * ways, and the settled columns the tag stage adds to each mention.
 */
final class MentionRows {
    /**
     * What settling a mention adds: its base form and its entity id and key; how it votes on its key's
     * type in the day ({@link #VOTES_EVIDENCE}, {@link #VOTES_TITLE} or 0), whether the day's vote may
     * retype it (one word typed by its shape or a title alone), and whether it may be a person (not an acronym).
     */
    static final StructType SETTLED = new StructType()
            .add("base_form", DataTypes.StringType, false)
            .add("entity_id", DataTypes.StringType, false)
            .add("entity_key", DataTypes.StringType, false)
            .add("votes", DataTypes.IntegerType, false)
            .add("type_open", DataTypes.BooleanType, false)
            .add("may_be_person", DataTypes.BooleanType, false);

    /** A vote of the day's evidence. */
    static final int VOTES_EVIDENCE = 2;
    /** A title's vote, counted only where no evidence votes. */
    static final int VOTES_TITLE = 1;

    private MentionRows() {}

    /**
     * The struct of a mention. One that asks nothing of its day is settled here and carries its settled
     * columns instead of its words, gaps and candidates: only the few that ask (6% of the synthetic crawl's)
     * go on to the day's join, and the words of the others would only be copied there and back.
     */
    static Row toRow(Mention m) {
        List<String> asks = m.asks();
        if (asks.isEmpty()) {
            return RowFactory.create(m.start(), m.end(), m.type(), m.surface(), m.key(), List.of(), List.of(), List.of(),
                    m.typeBasis().name(), asks, settled(m, form -> false));
        }
        return RowFactory.create(m.start(), m.end(), m.type(), m.surface(), m.key(), m.words(), m.gaps(), m.candidates(),
                m.typeBasis().name(), asks, null);
    }

    /** A mention that asks, back from its struct, by field name. */
    static Mention fromRow(Row m) {
        List<List<String>> candidates = new ArrayList<>();
        for (Object c : m.getList(m.fieldIndex("candidates"))) {
            candidates.add(new ArrayList<>(asList(c)));
        }
        return new Mention(m.getAs("start"), m.getAs("end"), m.getAs("type"), m.getAs("surface"), m.getAs("key"),
                m.getList(m.fieldIndex("words")), m.getList(m.fieldIndex("gaps")), candidates,
                Mention.TypeBasis.valueOf(m.getAs("type_basis")));
    }

    /** The settled columns of a mention: its base form given the attested forms of its day and language, and its key. */
    static Row settled(Mention mention, Predicate<String> attested) {
        String base = mention.baseForm(attested);
        String key = mention.key(base);
        Mention.TypeBasis basis = mention.typeBasis();
        int votes = basis == Mention.TypeBasis.EVIDENCE ? VOTES_EVIDENCE : basis == Mention.TypeBasis.TITLE ? VOTES_TITLE : 0;
        return RowFactory.create(base, EntityKeys.id(key), key, votes,
                basis == Mention.TypeBasis.TITLE || basis == Mention.TypeBasis.SHAPE && mention.words().size() == 1,
                !WordShapes.isAcronym(mention.surface()));
    }

    /** A nested array in a Row comes as a Scala Seq inside Spark and as a List where Rows are built by hand. */
    @SuppressWarnings("unchecked")
    private static List<String> asList(Object value) {
        if (value instanceof scala.collection.Seq<?> seq) {
            return (List<String>) scala.collection.JavaConverters.seqAsJavaList(seq);
        }
        return (List<String>) value;
    }
}
