import "server-only";
import { AppError } from "../../errors";
import { projectSlugSchema } from "../../ids";
import { examplesActor } from "./examples-owner";
import { createProjectAt } from "./queries";

const indexHtml = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Hello, PyScript</title>
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <h1>Hello from Python</h1>
    <p id="greeting">Python is starting…</p>
    <script type="py">
      print("Hello from an inline Python script")
    </script>
    <script type="py" src="./main.py"></script>
  </body>
</html>
`;

const mainPy = `import sys
from pyscript import display, document

document.querySelector("#greeting").innerText = "Python is running in your browser."
display(f"Python {sys.version.split()[0]} says hello!")
print("Hello from main.py")
`;

/**
 * The demo project a first start creates, so the dashboard is not empty. Idempotent: a start that crashed
 * after creating it but before recording so runs it again.
 */
export async function seedDemoProject(): Promise<void> {
  try {
    await createDemoProject();
  } catch (error) {
    if (!(error instanceof AppError && error.code === "conflict")) throw error;
  }
}

async function createDemoProject() {
  return createProjectAt(await examplesActor(), projectSlugSchema.parse("hello"), {
    title: "Hello",
    visibility: "PUBLIC",
    files: [
      { path: "index.html", content: indexHtml, encoding: "utf8" },
      { path: "main.py", content: mainPy, encoding: "utf8" },
    ],
  });
}
