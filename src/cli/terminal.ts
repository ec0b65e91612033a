// What `check` prints goes to an editor's terminal, and much of it comes from the files: values, keys,
// file names. A terminal obeys control characters, so a value with ESC [2J clears the screen and one
// with CR or ESC [1A can print a fake "✔ ingen fejl" over the real result; bidirectional controls
// can make text read in another order than it is (CVE-2021-42574, "Trojan Source"). Every such
// character is printed as a visible \uXXXX escape instead; only the line feed stays.

/** C0 controls but LF, DEL, C1 controls, line/paragraph separators, and the bidirectional controls. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * `text` with every character a terminal would act on (see UNSAFE) written as `\uXXXX`. Inside a JSON
 * string that is the same escape JSON uses, so JSON output stays valid JSON with the same value.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
