/**
 * `input()` in a terminal: the keys xterm hands over (one at a time, or many at once when pasting) edited
 * into one line, echoed as a terminal would. Enter ends the line; Backspace removes one character.
 */
export function createLineEditor(echo: (text: string) => void, done: (line: string) => void): (keys: string) => void {
  let line = "";
  let finished = false;
  return (keys) => {
    for (const key of keys) {
      if (finished) return;
      if (key === "\r") {
        finished = true;
        echo("\r\n");
        done(line);
      } else if (key === "\x7f" || key === "\b") {
        if (!line) continue;
        line = [...line].slice(0, -1).join("");
        echo("\b \b");
      } else if (key >= " ") {
        line += key;
        echo(key);
      }
    }
  };
}
