import type { Template } from "./template";

export const serviceWorkerAttribute: Template = {
  id: "service-worker-attribute",
  title: "Service-worker attribute",
  description: "A Pyodide worker reaches the page's DOM through the service-worker fallback, without isolation headers.",
  isolated: false,
  files: [
    { path: "index.html", content: String.raw`<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <link rel="stylesheet" href="https://pyscript.net/releases/2024.8.1/core.css">
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <script type="py" service-worker="./sw.js" worker>
      from pyscript import window, document

      document.body.append("Hello PyScript!")
    </script>
  </body>
</html>
` },
  ],
};
