import { expect, test } from "@playwright/test";
import { openWorkerPage, scriptTypeOf, workerTypes } from "./matrix";

/**
 * On an isolated page a worker reaches `window`/`document` through the page's fast channel. A request the
 * page fails to answer (an answer too large for the channel, a thrown value with no text, a value JSON cannot
 * carry) is an exception in the worker's Python, and the channel keeps serving the requests after it.
 */
for (const worker of workerTypes) {
  test(`a ${worker} worker gets an exception for each page call that cannot be answered, then the next call works`, async ({ page, request }) => {
    await openWorkerPage(page, request, `<div id="out"></div>
<script>
  window.hugeText = () => "x".repeat(65 * 1024 * 1024);
  window.throwBare = () => { throw Object.create(null); };
  window.bigLength = { length: 10n };
</script>
<script type="${scriptTypeOf[worker]}" worker>
from pyscript import document, window

out = document.getElementById("out")
calls = (("hugeText", lambda: window.hugeText()), ("throwBare", lambda: window.throwBare()), ("bigLength", lambda: len(window.bigLength)))
for name, call in calls:
    try:
        call()
        out.append(name + " answered;")
    except Exception as error:
        out.append(name + " raised " + str(error) + ";")
    out.append("then " + document.getElementById("out").id + ";")
out.append("done;")
</script>`, { isolated: true });
    const out = page.locator("#out");
    await expect(out).toContainText("done;", { timeout: 60_000 });
    const lines = (await out.textContent())!.split(";").filter(Boolean);
    expect(lines).toEqual([
      expect.stringMatching(/^hugeText raised .*RangeError: \d+ bytes of JSON: more than one call between a worker and its page carries/),
      "then out",
      expect.stringMatching(/^throwBare raised .*the page threw a value that has no text$/),
      "then out",
      expect.stringMatching(/^bigLength raised .*TypeError: .*BigInt/),
      "then out",
      "done",
    ]);
  });
}
