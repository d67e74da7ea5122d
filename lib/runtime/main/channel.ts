import {
  CHANNEL,
  editorToPreviewMessage,
  envelope,
  type EditorToPreviewMessage,
  type PreviewToEditorMessage,
} from "../../protocol/console";

export type ConsoleChannel = {
  post(message: PreviewToEditorMessage): void;
  onCommand(handler: (command: EditorToPreviewMessage) => void): void;
};

/**
 * The preview's end of the editor channel. It exists only when the page is framed by the app itself: we never
 * post to '*', and only the parent window at the app's exact origin may send commands. A page framed by
 * anyone else (a project's page framing another, a blog) gets no channel, so the browser does not log a failed
 * postMessage for every line the page prints. Browsers without `location.ancestorOrigins` (Firefox) cannot
 * tell: there the channel exists, and posts to another parent are dropped by the browser as before.
 */
export function createConsoleChannel(appOrigin: string | null): ConsoleChannel {
  const parent = window.parent;
  if (!appOrigin || parent === window || !framedBy(appOrigin)) return { post() {}, onCommand() {} };
  const handlers: ((command: EditorToPreviewMessage) => void)[] = [];
  window.addEventListener("message", (event) => {
    if (event.source !== parent || event.origin !== appOrigin) return;
    const outer = envelope().safeParse(event.data);
    if (!outer.success) return;
    const command = editorToPreviewMessage().safeParse(outer.data.message);
    if (command.success) for (const handler of handlers) handler(command.data);
  });
  return {
    post: (message) => parent.postMessage({ channel: CHANNEL, message }, appOrigin),
    onCommand: (handler) => void handlers.push(handler),
  };
}

function framedBy(origin: string): boolean {
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  return ancestors === undefined || ancestors[0] === origin;
}
