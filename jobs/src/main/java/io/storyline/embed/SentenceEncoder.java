package io.storyline.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import ai.onnxruntime.extensions.OrtxPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Texts to unit vectors with an ONNX sentence encoder, in the JVM (ONNX Runtime on the CPU). The
 * graph must take a batch of strings (one rank-1 string input, the tokenizer inside the graph, as
 * the multilingual Universal Sentence Encoder that bin/models fetches) and give one vector per text
 * ([batch, dim]), or per token ([batch, tokens, dim], averaged: the sum, as normalising follows). ONNX Runtime Extensions' custom
 * operators (SentencePiece among them) are registered, so such tokenizers run inside the graph.
 *
 * <p>Null, empty and blank texts are not sent to the model: their vector is all zeros, whose cosine
 * with anything is 0. Each text runs alone ({@link #embed} says why). One session serves concurrent callers ({@link OrtSession#run} is thread-safe).
 */
public final class SentenceEncoder implements AutoCloseable {
    /** Characters of title and lead that {@link #titleAndLead} keeps by default. */
    public static final int DEFAULT_LEAD_CHARS = 500;

    private static final Map<Path, SentenceEncoder> SHARED = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> SHARED.values().forEach(SentenceEncoder::closeQuietly),
                "sentence-encoder-close"));
    }

    private final Path model;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final String input;
    private final String output;
    private final int dimension;
    private final boolean shared;

    private SentenceEncoder(Path model, int threads, boolean shared) {
        this.model = model;
        this.shared = shared;
        // Errors only: ONNX Runtime warns about graph rewrites it makes on every load.
        this.environment = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR, "storyline");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.registerCustomOpLibrary(OrtxPackage.getLibraryPath());
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
            this.session = environment.createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new IllegalArgumentException("cannot load the sentence encoder " + model + ": " + e.getMessage(), e);
        }
        try {
            this.input = stringInput(model, session.getInputInfo());
            Map.Entry<String, NodeInfo> out = session.getOutputInfo().entrySet().iterator().next();
            this.output = out.getKey();
            this.dimension = vectorDimension(model, out.getValue());
        } catch (OrtException | RuntimeException e) {
            closeQuietly();
            throw e instanceof IllegalArgumentException iae ? iae
                    : new IllegalArgumentException("cannot read the graph of " + model + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens the model with {@code threads} intra-op threads (1 in Spark tasks, which already have a
     * core each).
     *
     * @throws ModelUnavailableException when the file is missing or unreadable ({@link #unavailable})
     * @throws IllegalArgumentException when the file is not a graph this class can run
     */
    public static SentenceEncoder open(Path model, int threads) {
        check(model, threads);
        return new SentenceEncoder(model, threads, false);
    }

    /**
     * The one encoder of this JVM for {@code model} (one session per Spark executor), opened on
     * first use with {@code threads} threads and closed by a shutdown hook; {@link #close()} on it
     * does nothing, so a task cannot close it under another.
     *
     * @throws ModelUnavailableException when the file is missing or unreadable ({@link #unavailable})
     */
    public static SentenceEncoder shared(Path model, int threads) {
        check(model, threads);
        return SHARED.computeIfAbsent(model.toAbsolutePath().normalize(), key -> new SentenceEncoder(key, threads, true));
    }

    /**
     * Empty when {@code model} is a readable file; otherwise the one line to log, such as
     * {@code stories: no sentence encoder model at X (run bin/models); continuing without it}.
     */
    public static Optional<String> unavailable(Path model) {
        if (!Files.isRegularFile(model)) {
            return Optional.of("stories: no sentence encoder model at " + model + " (run bin/models); continuing without it");
        }
        if (!Files.isReadable(model)) {
            return Optional.of("stories: the sentence encoder model at " + model + " is not readable; continuing without it");
        }
        return Optional.empty();
    }

    /**
     * The SHA-256 of the model file, in hex: what identifies the model in the keys of kept vectors,
     * so that another model (or another version of the file) never reuses them.
     */
    public static String fingerprint(Path model) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(model), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sentence encoder " + model, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(Path model, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        Optional<String> problem = unavailable(model);
        if (problem.isPresent()) {
            throw new ModelUnavailableException(problem.get());
        }
    }

    private static String stringInput(Path model, Map<String, NodeInfo> inputs) {
        if (inputs.size() == 1 && inputs.values().iterator().next().getInfo() instanceof TensorInfo t
                && t.type == OnnxJavaType.STRING && t.getShape().length == 1) {
            return inputs.keySet().iterator().next();
        }
        throw new IllegalArgumentException("unsupported sentence encoder graph " + model + ": its inputs are "
                + describe(inputs) + "; supported is one rank-1 string input (a batch of texts, the tokenizer inside"
                + " the graph, as the multilingual Universal Sentence Encoder that bin/models fetches)");
    }

    private static int vectorDimension(Path model, NodeInfo node) {
        if (node.getInfo() instanceof TensorInfo t && t.type == OnnxJavaType.FLOAT
                && (t.getShape().length == 2 || t.getShape().length == 3) && t.getShape()[t.getShape().length - 1] > 0) {
            return (int) t.getShape()[t.getShape().length - 1];
        }
        throw new IllegalArgumentException("unsupported sentence encoder graph " + model + ": its first output "
                + node.getName() + " is " + node.getInfo() + "; supported are float [batch, dim] and [batch, tokens, dim]");
    }

    private static String describe(Map<String, NodeInfo> inputs) {
        List<String> parts = new ArrayList<>();
        inputs.forEach((name, node) -> parts.add(name + " " + node.getInfo()));
        return parts.toString();
    }

    /** Length of the vectors. */
    public int dimension() {
        return dimension;
    }

    /** The model file this encoder runs. */
    public Path model() {
        return model;
    }

    /**
     * One L2-normalised vector per text, in order. Null, empty and blank texts get a zero vector.
     *
     * <p>Each text runs through the graph alone: the quantized graph scales a batch's activations
     * together, so a text's vector moved by up to 4e-3 per component with its batch-mates, and the
     * stories stage must not depend on how rows fall into partitions. Batching bought little anyway
     * (measured in docs/encoder.md).
     */
    public float[][] embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            vectors[i] = text == null || text.isBlank() ? new float[dimension] : embedOne(text);
        }
        return vectors;
    }

    private float[] embedOne(String text) {
        try (OnnxTensor tensor = OnnxTensor.createTensor(environment, new String[] {text});
             OrtSession.Result result = session.run(Map.of(input, tensor), Set.of(output))) {
            OnnxTensor out = (OnnxTensor) result.get(0);
            long[] shape = out.getInfo().getShape();
            return normalised(sumOverTokens(out.getFloatBuffer(), shape.length == 3 ? (int) shape[1] : 1, dimension));
        } catch (OrtException e) {
            throw new IllegalStateException("sentence encoder " + model + " failed on a text of " + text.length()
                    + " characters: " + e.getMessage(), e);
        }
    }

    /** The text's vector; for a per-token output the sum over its tokens (one text: no padding to mask). */
    private static float[] sumOverTokens(FloatBuffer values, int tokens, int dimension) {
        float[] vector = new float[dimension];
        for (int t = 0; t < tokens; t++) {
            for (int d = 0; d < dimension; d++) {
                vector[d] += values.get(t * dimension + d);
            }
        }
        return vector;
    }

    /** Scaled to length 1 (a zero vector stays zero). */
    static float[] normalised(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += (double) v * v;
        }
        if (sum > 0) {
            float scale = (float) (1 / Math.sqrt(sum));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
        }
        return vector;
    }

    /** Dot product: the cosine of two vectors from {@link #embed}. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot;
    }

    /**
     * The text to embed for an article: the title, then the text's first sentences, together at
     * most {@code maxChars} characters, whitespace collapsed. The cut is after the last sentence end
     * that keeps at least half the budget, else at the last whitespace, else (text without spaces,
     * as Chinese or Japanese) at {@code maxChars}, never inside a surrogate pair.
     */
    public static String titleAndLead(String title, String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
        String head = collapse(title);
        String body = collapse(text);
        String joined = head.isEmpty() ? body : body.isEmpty() ? head : head + "\n" + body;
        if (joined.length() <= maxChars) {
            return joined;
        }
        int sentenceEnd = -1;
        int space = -1;
        for (int i = 1; i <= maxChars; i++) {
            char c = joined.charAt(i);
            if (Character.isWhitespace(c)) {
                space = i;
                if (c == '\n' || isSentenceEnd(joined.charAt(i - 1))) {
                    sentenceEnd = i;
                }
            } else if (isFullWidthSentenceEnd(joined.charAt(i - 1))) {
                sentenceEnd = i;
            }
        }
        int cut = sentenceEnd >= maxChars / 2 ? sentenceEnd : space > 0 ? space : maxChars;
        if (cut == maxChars && Character.isLowSurrogate(joined.charAt(cut))) {
            cut--;
        }
        return joined.substring(0, cut).strip();
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || isFullWidthSentenceEnd(c);
    }

    private static boolean isFullWidthSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？';
    }

    /** Runs of whitespace to one space, trimmed; null to empty. */
    private static String collapse(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    /** Closes the session, unless this is the JVM's shared encoder (closed at exit). */
    @Override
    public void close() {
        if (!shared) {
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing at exit or after a failed open: nothing left to do with the session.
        }
    }

    /** The model file is missing or unreadable; the message is the one line to log. */
    public static final class ModelUnavailableException extends RuntimeException {
        ModelUnavailableException(String message) {
            super(message);
        }
    }
}
