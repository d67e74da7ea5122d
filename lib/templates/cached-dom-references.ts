import type { Template } from "./template";

export const cachedDomReferences: Template = {
  id: "cached-dom-references",
  title: "Cached DOM references",
  description: "A MicroPython worker keeps references to page objects and uses them later.",
  isolated: true,
  files: [
    { path: "index.html", content: String.raw`<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <script type="mpy" worker>
      from pyscript import document

      # if needed elsewhere, reach it once
      body = document.body
      dataset = body.dataset

      # add a data-test="not ideal attribute"
      dataset.test = "fine"
      # read a data-test attribute
      print(dataset.test)
      body.append(dataset.test)
    </script>
  </body>
</html>
` },
  ],
};
