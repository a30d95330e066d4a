package vn.dxscorecard.cycle;

import java.time.Instant;

import vn.dxscorecard.shared.Period;

/**
 * One published result of a period (SPEC §8), numbered from 1.
 *
 * @param inputsFingerprint SHA-256 of its inputs: the sorted (name, SHA-256) list of the
 * period's complete files it read, the catalogue's and the registry's SHA-256
 * @param filesUsed how many files its result was computed from (accepted ones)
 * @param manifestSha256 the SHA-256 of the manifest it published
 * @param inputs what it was computed from, one by one: what tells a later launch which
 * input changed
 */
public record Edition(Period period, int number, EditionStatus status, Instant publishedAt, long jobExecutionId,
        String inputsFingerprint, long filesUsed, String manifestSha256, Inputs inputs) {

    /**
     * @param filesFingerprint SHA-256 of the file list alone
     * @param registrySha256 null for an edition published before the registry was part of
     * the inputs: never taken as changed
     */
    public record Inputs(String filesFingerprint, String catalogueVersion, String catalogueSha256,
            String registrySha256) {

    }

}
