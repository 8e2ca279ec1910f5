package dev.tactful.support.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateErasureTest {

    @Test
    void theTombstoneKeyIsAStableHashThatDoesNotContainTheId() {
        String hash = CandidateErasure.hash("cand-7d3a91");
        assertThat(hash).hasSize(64).matches("[0-9a-f]+").doesNotContain("7d3a91");
        assertThat(CandidateErasure.hash("cand-7d3a91")).isEqualTo(hash);
        assertThat(CandidateErasure.hash("cand-7d3a92")).isNotEqualTo(hash);
        // Known value: SHA-256 of "tactful-erasure:cand-7d3a91", so a change of the scheme (which would orphan every
        // tombstone already written) cannot go unnoticed.
        assertThat(hash).isEqualTo(sha256Hex("tactful-erasure:cand-7d3a91"));
    }

    @Test
    void theSqlGuardComputesTheSameHashInPostgres() {
        assertThat(CandidateErasure.unlessErased("f.candidate_id"))
                .isEqualTo("NOT EXISTS (SELECT 1 FROM erased_candidate ec WHERE ec.candidate_hash = "
                        + "encode(sha256(convert_to('tactful-erasure:' || f.candidate_id, 'UTF8')), 'hex'))");
    }

    private static String sha256Hex(String s) {
        try {
            var d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder();
            for (byte x : d) {
                b.append(String.format("%02x", x));
            }
            return b.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
