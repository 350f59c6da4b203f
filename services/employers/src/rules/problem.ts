/** One thing wrong with an input; `field` is the path inside the input (the resolver prefixes `input.`). */
export interface InputProblem {
  field: string;
  message: string;
}
