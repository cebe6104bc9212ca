/** A problem with one input: the message names the input and says what is wrong with it. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
  }
}
