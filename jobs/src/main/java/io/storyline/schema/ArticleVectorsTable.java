package io.storyline.schema;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.StringType;

import org.apache.spark.sql.types.StructType;

/**
 * The {@code article_vectors} table: the sentence encoder's vector of each article it embedded
 * (near-duplicate representatives in the encoder's languages), which later runs reuse when the
 * model and the embedded text are the same ({@code vector_key}).
 */
public final class ArticleVectorsTable {
    public static final String NAME = "article_vectors";

    public static final StructType SCHEMA = new StructType()
            .add("doc_id", StringType, false)
            .add("vector_key", StringType, false)
            .add("embedding", BinaryType, false);

    private ArticleVectorsTable() {}
}
