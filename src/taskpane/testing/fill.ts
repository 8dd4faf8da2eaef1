/** Puts text into a field in one input event: typing key by key re-renders the whole pane per key,
 * which is slow in jsdom and tests nothing more. */
import userEvent from "@testing-library/user-event";

export async function fill(field: HTMLElement, text: string): Promise<void> {
  await userEvent.clear(field);
  if (text !== "") await userEvent.paste(text);
}
