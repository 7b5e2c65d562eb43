/**
 * The practice timer's one notification at a time. An information message cannot be taken down
 * once shown, so phase notices piled up in the corner: still there after Stop, and one more for a
 * phase the user had just skipped to. A notification with progress can be: it closes when its task
 * ends. So each notice is such a notification, ended when the next one replaces it, when the timer
 * says (Stop, Next phase) or after `lifetimeMs`, as an information toast would fade. It has no
 * buttons (a progress notification's only button would be "Cancel"); its message carries command
 * links instead.
 */
import * as vscode from 'vscode';

/** How long a notice stays when nothing takes it down earlier: about as long as VS Code shows a toast. */
export const NOTICE_LIFETIME_MS = 20_000;

export class TimerNotice implements vscode.Disposable {
  private current: { readonly message: string; close: () => void } | undefined;
  private readonly closed = new vscode.EventEmitter<string>();

  /** Fires with a notice's message when it is taken down, for tests. */
  readonly onDidClose = this.closed.event;

  constructor(private readonly lifetimeMs = NOTICE_LIFETIME_MS) {}

  /** The message on show, or undefined; for tests. */
  get message(): string | undefined {
    return this.current?.message;
  }

  /** Shows `message` (Markdown-style `[label](command:...)` links work), replacing the notice on show. */
  show(message: string): void {
    this.clear();
    let end!: () => void;
    const ended = new Promise<void>((resolve) => (end = resolve));
    const notice = { message, close: () => {} };
    const timer = setTimeout(() => notice.close(), this.lifetimeMs);
    notice.close = () => {
      clearTimeout(timer);
      end();
      if (this.current !== notice) return;
      this.current = undefined;
      this.closed.fire(message);
    };
    this.current = notice;
    void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: message }, () => ended);
  }

  /** Takes the notice on show down, if there is one. */
  clear(): void {
    this.current?.close();
  }

  dispose(): void {
    this.clear();
    this.closed.dispose();
  }
}
