// coincident's sabayon (the service-worker relay workers use without cross-origin isolation) sends each
// synchronous call as a synchronous `POST <sw>?sabayon`, and on any failure sends it again from inside its
// own `catch`, with no limit. When no service worker answers (none registered, or one that does not speak
// sabayon), the server answers instead, and the worker recursed there forever, hammering the server and never
// raising. This replaces that function at bundle time: a timeout (the page busy, e.g. waiting for input())
// is still asked again, without growing the stack; an answer from anything but the relay raises at once,
// and a network error after a few attempts. The build fails if coincident's code changed under it.
import { readFileSync } from "node:fs";

const original = `    const Request = view => {
      const xhr = new XMLHttpRequest;
      try {
        xhr.timeout = 3e3;
        xhr.open('POST', \`\${SW}?sabayon\`, false);
        xhr.setRequestHeader('Content-Type', 'application/json');
        xhr.send(\`["\${UID}",\${views.get(view)}]\`);
        if (xhr.status === 200) return xhr;
        throw xhr;
      }
      catch {
        xhr.abort();
        return Request(view);
      }
    };`;

const replacement = `    const Request = view => {
      for (let failures = 0; ; ) {
        const xhr = new XMLHttpRequest;
        try {
          xhr.timeout = 3e3;
          xhr.open('POST', \`\${SW}?sabayon\`, false);
          xhr.setRequestHeader('Content-Type', 'application/json');
          xhr.send(\`["\${UID}",\${views.get(view)}]\`);
        }
        catch (error) {
          xhr.abort();
          if (error?.name === 'TimeoutError' || ++failures < 3) continue;
          throw new Error(\`the service worker \${SW} did not answer a synchronous call to the page (\${error?.name ?? error})\`);
        }
        if (xhr.status === 200) return xhr;
        throw new Error(\`the service worker \${SW} did not answer a synchronous call to the page: the server did (HTTP \${xhr.status}), so that service worker does not relay coincident's synchronous calls\`);
      }
    };`;

export const sabayonRequestPatch = {
  name: "sabayon-request-patch",
  setup(b) {
    b.onLoad({ filter: /coincident[\\/]src[\\/]sabayon[\\/]index\.js$/ }, ({ path }) => {
      // The package ships with CRLF line endings.
      const source = readFileSync(path, "utf8").replaceAll("\r\n", "\n");
      if (!source.includes(original)) throw new Error(`${path}: sabayon's Request changed; review scripts/sabayon-request-patch.mjs`);
      return { contents: source.replace(original, replacement), loader: "js" };
    });
  },
};
