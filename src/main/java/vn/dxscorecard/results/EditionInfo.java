package vn.dxscorecard.results;

import java.time.OffsetDateTime;

import vn.dxscorecard.cycle.EditionStatus;

/**
 * Which edition a report is (SPEC §8), as its outputs name it.
 *
 * @param number the edition's number, from 1
 * @param correction for a correction, which one it is (1 for the first); 0 otherwise
 * @param deadline the period's submission deadline
 * @param inputsFingerprint SHA-256 of the fingerprint of the files the edition read
 */
public record EditionInfo(int number, EditionStatus status, int correction, OffsetDateTime deadline,
        String inputsFingerprint) {

}
