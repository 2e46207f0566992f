/** Type declarations for the parts of `logic-solver` (MiniSat compiled to JavaScript) that analysis uses. */
declare module 'logic-solver' {
  namespace Logic {
    /** A variable name, optionally negated with a leading `-`. */
    type Term = string | number;
    /** A boolean expression built by the constructors below. */
    interface Formula {
      readonly type: string;
    }
    type Operand = Term | Formula | readonly Operand[];
    /** One assignment of every variable that satisfies the solver's constraints. */
    interface Solution {
      getTrueVars(): string[];
      getMap(): Record<string, boolean>;
      evaluate(expression: Operand): boolean;
    }
    /** An incremental MiniSat instance. */
    class Solver {
      require(...args: Operand[]): void;
      forbid(...args: Operand[]): void;
      solve(): Solution | null;
      solveAssuming(assumption: Operand): Solution | null;
      getVarNum(name: string, noCreate?: boolean): number;
    }
    const TRUE: Term;
    function not(operand: Term): Term;
    function not(operand: Operand): Operand;
    function or(...operands: Operand[]): Operand;
    function and(...operands: Operand[]): Operand;
    function implies(a: Operand, b: Operand): Operand;
    function disablingAssertions<T>(func: () => T): T;
  }
  export default Logic;
}
