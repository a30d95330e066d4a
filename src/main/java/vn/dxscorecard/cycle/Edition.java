package vn.dxscorecard.cycle;

import java.time.Instant;

import vn.dxscorecard.shared.Period;

/**
 * One published result of a period (SPEC §8), numbered from 1.
 *
 * @param inputsFingerprint SHA-256 of the sorted (name, SHA-256) list of the period's
 * complete files it read
 * @param filesUsed how many files its result was computed from (accepted ones)
 * @param manifestSha256 the SHA-256 of the manifest it published
 */
public record Edition(Period period, int number, EditionStatus status, Instant publishedAt, long jobExecutionId,
        String inputsFingerprint, long filesUsed, String manifestSha256) {

}
