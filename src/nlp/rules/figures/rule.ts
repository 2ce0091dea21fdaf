/**
 * The small engine every figure rule runs in: an ordered list of named rules, the first that decides wins,
 * and the id of that rule travels with the result (as compromise keeps a `reason`).
 */

/** A named rule: `apply` decides, or returns null to leave the case to the next rule. */
export interface Rule<Input, Result> {
  /** A short kebab-case id, recorded on each number the rule decides. */
  id: string;
  apply: (input: Input) => Result | null;
}

/** Run rules in order and return the first decision with the id of the rule that made it. */
export function firstRule<Input, Result>(
  rules: ReadonlyArray<Rule<Input, Result>>,
  input: Input,
): { rule: string; result: Result } | null {
  for (const rule of rules) {
    const result = rule.apply(input);
    if (result !== null) return { rule: rule.id, result };
  }
  return null;
}
