/** A totalizer: unary counting of true inputs, so "at most k" is a single assumption for the solver. */
import Logic from 'logic-solver';

/**
 * Adds to the solver the clauses of a totalizer over the inputs and returns its outputs: `outputs[j]`
 * is forced true whenever more than j inputs are true, so assuming `-outputs[k]` allows at most k.
 * Unlike a binary adder, this encoding lets unit propagation see the bound, which keeps the repeated
 * "is there a correction set of size k?" questions cheap.
 */
export function totalizer(solver: Logic.Solver, inputs: readonly string[], prefix: string): readonly string[] {
  let counter = 0;
  const merge = (terms: readonly string[]): readonly string[] => {
    if (terms.length <= 1) return terms;
    const middle = terms.length >> 1;
    const left = merge(terms.slice(0, middle));
    const right = merge(terms.slice(middle));
    const node = counter++;
    const outputs = Array.from({ length: terms.length }, (_, index) => `${prefix}${node}:${index}`);
    for (let i = 0; i <= left.length; i += 1) {
      for (let j = 0; j <= right.length; j += 1) {
        if (i + j === 0) continue;
        // i true on the left and j on the right make at least i + j true here.
        const premises = [...(i > 0 ? [left[i - 1]!] : []), ...(j > 0 ? [right[j - 1]!] : [])];
        solver.require(Logic.or(...premises.map((premise) => Logic.not(premise)), outputs[i + j - 1]!));
      }
    }
    return outputs;
  };
  return merge(inputs);
}
