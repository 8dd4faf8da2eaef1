/** A reason the command could not run (exit status 2): one line, Vietnamese then English. */
export class CliError extends Error {
  constructor(vietnamese: string, english: string, options?: { cause?: unknown }) {
    super(`${vietnamese} / ${english}`, options);
    this.name = "CliError";
  }
}
