package vn.dxscorecard.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} (SPEC §6) as a value: what a publication consists of. Written
 * once, last, by the publish step; read back by the delivery (what may be mailed), by the
 * next publication (which files are the job's own) and by the run summary. The key names
 * are the contract's and never change; keys a reader does not know are skipped.
 *
 * @param inputsFingerprint the SHA-256 of the edition's inputs (SPEC §8)
 */
@JsonPropertyOrder({ "period", "edition", "status", "deadline", "inputs_fingerprint", "jobExecutionId", "generatedAt",
        "completedAt", "catalogue", "inputs", "outputs" })
public record Manifest(String period, int edition, String status, String deadline,
        @JsonProperty("inputs_fingerprint") String inputsFingerprint, long jobExecutionId, String generatedAt,
        String completedAt, Catalogue catalogue, List<Input> inputs, List<Output> outputs) {

    static final String FILE = "manifest.json";

    private static final JsonMapper JSON = JsonMapper.builder()
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();

    public Manifest {
        inputs = inputs == null ? List.of() : inputs.stream().filter(Objects::nonNull).toList();
        outputs = outputs == null ? List.of() : outputs.stream().filter(o -> o != null && o.path() != null).toList();
    }

    @JsonPropertyOrder({ "version", "sha256" })
    public record Catalogue(String version, String sha256) {
    }

    /** An input file of the period, whatever its status, as files.csv lists it. */
    @JsonPropertyOrder({ "file", "sha256", "status", "unitCode", "revision", "rowsRead", "rowsAccepted",
            "rowsRejected" })
    public record Input(String file, String sha256, String status, String unitCode, Integer revision, long rowsRead,
            long rowsAccepted, long rowsRejected) {
    }

    /** An output file, by its path relative to the period folder with forward slashes. */
    @JsonPropertyOrder({ "path", "size", "sha256" })
    public record Output(String path, long size, String sha256) {
    }

    /** The manifest of {@code periodDir}, when a publication there completed. */
    public static Optional<Manifest> of(Path periodDir) throws IOException {
        return read(periodDir.resolve(FILE));
    }

    /**
     * A manifest file; empty when there is none (or a link, or a folder, in its place).
     */
    static Optional<Manifest> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(JSON.readValue(in, Manifest.class));
        }
        catch (JacksonException e) {
            throw new IOException(file.getFileName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /** The manifest's bytes as published: indented, with a final line break. */
    byte[] bytes() {
        byte[] json = JSON.writeValueAsBytes(this);
        byte[] bytes = java.util.Arrays.copyOf(json, json.length + 1);
        bytes[json.length] = '\n';
        return bytes;
    }

}
