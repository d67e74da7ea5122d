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
 * The preview's end of the editor channel. It exists only when the page is framed and knows the app's exact
 * origin: we never post to '*', and only the parent window at that origin may send commands.
 */
export function createConsoleChannel(appOrigin: string | null): ConsoleChannel {
  const parent = window.parent;
  if (!appOrigin || parent === window) return { post() {}, onCommand() {} };
  const handlers: ((command: EditorToPreviewMessage) => void)[] = [];
  window.addEventListener("message", (event) => {
    if (event.source !== parent || event.origin !== appOrigin) return;
    const outer = envelope.safeParse(event.data);
    if (!outer.success) return;
    const command = editorToPreviewMessage.safeParse(outer.data.message);
    if (command.success) for (const handler of handlers) handler(command.data);
  });
  return {
    post: (message) => parent.postMessage({ channel: CHANNEL, message }, appOrigin),
    onCommand: (handler) => void handlers.push(handler),
  };
}
