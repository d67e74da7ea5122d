let counter = 0;

/**
 * `input()` in a worker: a small form on the page, after the script (or at the end of the body).
 * The worker is blocked in Atomics.wait meanwhile; it resumes with what the person typed.
 */
export function promptOnPage(prompt: string, anchor: Element | null, workerEnded?: AbortSignal): Promise<string> {
  const form = document.createElement("form");
  form.className = "py-input";
  const id = `py-input-${++counter}`;
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = prompt;
  const field = document.createElement("input");
  field.id = id;
  field.autocomplete = "off";
  const submit = document.createElement("button");
  submit.type = "submit";
  submit.textContent = "Enter";
  form.append(label, field, submit);
  if (anchor?.parentNode) anchor.after(form);
  else document.body.append(form);
  field.focus();
  // Nobody is left to read the answer of a terminated worker.
  workerEnded?.addEventListener("abort", () => form.remove(), { once: true });
  return new Promise((resolve) => {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      // What was asked and answered stays on the page, as in a terminal.
      const echo = document.createElement("div");
      echo.className = "py-input-echo";
      echo.textContent = `${prompt}${field.value}`;
      form.replaceWith(echo);
      resolve(field.value);
    });
  });
}
