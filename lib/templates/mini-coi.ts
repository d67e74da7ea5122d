import type { Template } from "./template";

export const miniCoi: Template = {
  id: "mini-coi",
  title: "mini-coi",
  description: "No isolation headers: /mini-coi.js makes the page cross-origin isolated after one reload.",
  isolated: false,
  files: [
    { path: "index.html", content: String.raw`<html>
  <head>
    <script src="/mini-coi.js"></script>
    <script type="module" src="https://pyscript.net/releases/2024.8.1/core.js"></script>
  </head>
  <body>
    <script type="py" worker>
      from pyscript import document
      import js
      document.body.append(f"isolated: {js.crossOriginIsolated}")
    </script>
  </body>
</html>
` },
  ],
};
