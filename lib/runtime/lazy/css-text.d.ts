/** Stylesheets the lazy chunks carry as text (scripts/build-runtime.mjs loads `.css` with esbuild's text loader). */
declare module "@xterm/xterm/css/xterm.css" {
  const text: string;
  export default text;
}
