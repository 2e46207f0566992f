/** How ingest recognises a document again: its content hash, MinHash signature and band keys. */
import type { DocumentFingerprint, NearDuplicateMatch, SignatureCandidate } from '../store/index.ts';
import { contentHash } from './content-hash.ts';
import { minhash, signatureSimilarity } from './minhash.ts';

/**
 * Texts at least this similar (estimated Jaccard over 3-word shingles) are near-duplicates: a wire story
 * republished with a new headline and a few edited sentences scores 0.6–0.9, unrelated articles under 0.1.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** The fingerprint the store keeps for a text. */
export function fingerprint(text: string): DocumentFingerprint {
  const { signature, bands } = minhash(text);
  return { contentHash: contentHash(text), signature: encodeSignature(signature), bands };
}

/** The near-duplicate policy handed to the store: the most similar candidate at or above the threshold. */
export function nearDuplicateOf(
  signature: string,
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): (candidates: readonly SignatureCandidate[]) => NearDuplicateMatch | undefined {
  const own = decodeSignature(signature);
  return (candidates) => {
    let best: NearDuplicateMatch | undefined;
    for (const candidate of candidates) {
      const similarity = signatureSimilarity(own, decodeSignature(candidate.signature));
      if (similarity >= threshold && (best === undefined || similarity > best.similarity)) best = { id: candidate.id, similarity };
    }
    return best;
  };
}

function encodeSignature(signature: Uint32Array): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64');
}

function decodeSignature(encoded: string): Uint32Array {
  const bytes = Buffer.from(encoded, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
