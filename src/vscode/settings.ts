/**
 * The one place that reads `designPractice.*` settings. Values are validated into a plain object the
 * rest of the extension (and the core) uses; a bad value falls back to its default and is reported.
 */
import * as vscode from 'vscode';
import { RULES } from '../core/lint/rules';
import { resolveConfig, type LintConfig, type LintConfigInput } from '../core/lint/config';
import { MAX_PHASE_MINUTES } from '../core/practice/timer';

/** Every setting the extension reads, validated. */
export interface DesignPracticeSettings {
  readonly notesFolder: string;
  readonly promptFolders: readonly string[];
  readonly lint: {
    readonly enabled: boolean;
    readonly include: readonly string[];
    readonly debounceMs: number;
    readonly maxFileSizeKB: number;
    readonly config: LintConfig;
    /** The lint settings as written, for layering under a project's `.design-practice.json`. */
    readonly input: LintConfigInput;
  };
  readonly timer: {
    /** Minutes by section id, replacing the time plan's length for that phase. Only valid entries. */
    readonly phaseMinutes: Readonly<Record<string, number>>;
    readonly notifyPhaseChanges: boolean;
  };
  readonly scaffold: {
    /** Copy the prompt's clarifying questions into a new answer (off: asking them is the practice). */
    readonly includeClarifyingQuestions: boolean;
  };
  readonly practice: {
    /** The prompt view shows only the statement and the time plan until an attempt is recorded. */
    readonly spoilerFree: boolean;
    /** When the prompt view shows the answer key: after an attempt is recorded, or always. */
    readonly showAnswerKey: AnswerKeyVisibility;
  };
  readonly interviewer: {
    /**
     * The language model the interviewer may use: `auto` (any VS Code offers), `off` (never send
     * anything to a model), or a model's id or family.
     */
    readonly model: string;
  };
}

/** `auto` and `off` in any case, as written; any other text names a model. */
function modelChoice(value: string): string {
  const lower = value.toLowerCase();
  return lower === 'auto' || lower === 'off' ? lower : value;
}

/** When the prompt view shows a prompt's answer key. */
export type AnswerKeyVisibility = 'afterAttempt' | 'always';

/** The shortest phase length the setting accepts, in minutes. */
export const MIN_SETTING_PHASE_MINUTES = 1;

/** A setting whose value was not usable, with why. */
export interface SettingProblem {
  readonly setting: string;
  readonly message: string;
}

const SECTION = 'designPractice';

/** Reads and validates the settings for a scope (a workspace folder or document), never throwing. */
export function readSettings(scope?: vscode.ConfigurationScope): { settings: DesignPracticeSettings; problems: SettingProblem[] } {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  const problems: SettingProblem[] = [];
  const bad = (setting: string, message: string) => problems.push({ setting: `${SECTION}.${setting}`, message });

  const str = (key: string, fallback: string): string => {
    const v = c.get<unknown>(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string' && v.trim()) return v.trim();
    bad(key, vscode.l10n.t('expected a non-empty text, got {0}; using "{1}"', JSON.stringify(v), fallback));
    return fallback;
  };
  const strings = (key: string, fallback: string[]): string[] => {
    const v = c.get<unknown>(key);
    if (v === undefined || v === null) return fallback;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.filter((x) => x.trim());
    bad(key, vscode.l10n.t('expected a list of texts, got {0}', JSON.stringify(v)));
    return fallback;
  };
  const num = (key: string, fallback: number, min: number, max: number): number => {
    const v = c.get<unknown>(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    bad(key, vscode.l10n.t('expected a number from {0} to {1}, got {2}; using {3}', min, max, JSON.stringify(v), fallback));
    return fallback;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = c.get<unknown>(key);
    if (typeof v === 'boolean') return v;
    if (v !== undefined && v !== null) bad(key, vscode.l10n.t('expected true or false, got {0}', JSON.stringify(v)));
    return fallback;
  };

  const oneOf = <T extends string>(key: string, values: readonly T[], fallback: T): T => {
    const v = c.get<unknown>(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
    bad(key, vscode.l10n.t('expected one of {0}, got {1}; using "{2}"', values.map((x) => `"${x}"`).join(', '), JSON.stringify(v), fallback));
    return fallback;
  };

  const phaseMinutes = (key: string): Record<string, number> => {
    const v = c.get<unknown>(key);
    if (v === undefined || v === null) return {};
    if (typeof v !== 'object' || Array.isArray(v)) {
      bad(key, vscode.l10n.t('expected an object of section ids to minutes, e.g. {0}, got {1}', '{ "architecture": 20 }', JSON.stringify(v)));
      return {};
    }
    const valid: Record<string, number> = {};
    for (const [section, minutes] of Object.entries(v as Record<string, unknown>)) {
      if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= MIN_SETTING_PHASE_MINUTES && minutes <= MAX_PHASE_MINUTES) {
        valid[section] = minutes;
      } else {
        bad(key, vscode.l10n.t("\"{0}\": expected minutes from {1} to {2}, got {3}; using the prompt's time plan", section, MIN_SETTING_PHASE_MINUTES, MAX_PHASE_MINUTES, JSON.stringify(minutes)));
      }
    }
    return valid;
  };

  const notesFolder = str('notesFolder', 'design-notes');
  if (notesFolder.split(/[\\/]/).includes('..')) bad('notesFolder', vscode.l10n.t('must stay inside the workspace folder'));

  const input: LintConfigInput = {
    defaultTemplate: c.get<string>('lint.defaultTemplate'),
    rules: c.get('lint.rules'),
    aliases: c.get('lint.aliases'),
  };
  const { config, problems: configProblems } = resolveConfig(input, RULES);
  for (const p of configProblems) bad(`lint.${p.setting}`, p.message);

  return {
    settings: {
      notesFolder: notesFolder.split(/[\\/]/).includes('..') ? 'design-notes' : notesFolder,
      promptFolders: strings('promptFolders', ['.design-practice/prompts']),
      lint: {
        enabled: bool('lint.enabled', true),
        include: strings('lint.include', []),
        debounceMs: num('lint.debounceMs', 300, 0, 5000),
        maxFileSizeKB: num('lint.maxFileSizeKB', 2048, 16, 1024 * 1024),
        config,
        input,
      },
      timer: {
        phaseMinutes: phaseMinutes('timer.phaseMinutes'),
        notifyPhaseChanges: bool('timer.notifyPhaseChanges', true),
      },
      scaffold: {
        includeClarifyingQuestions: bool('scaffold.includeClarifyingQuestions', false),
      },
      practice: {
        spoilerFree: bool('practice.spoilerFree', false),
        showAnswerKey: oneOf<AnswerKeyVisibility>('practice.showAnswerKey', ['afterAttempt', 'always'], 'afterAttempt'),
      },
      interviewer: {
        model: modelChoice(str('interviewer.model', 'auto')),
      },
    },
    problems,
  };
}

/**
 * Holds the current settings, re-reads them when `designPractice.*` changes, reports bad values once
 * per distinct problem, and tells listeners.
 */
export class VsCodeSettings implements vscode.Disposable {
  private current: DesignPracticeSettings;
  private readonly changed = new vscode.EventEmitter<DesignPracticeSettings>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private reported = new Set<string>();

  /** Fires after the settings changed, with the new values. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly report: (message: string) => void) {
    this.current = this.load();
    vscode.workspace.onDidChangeConfiguration(
      (e) => {
        if (!e.affectsConfiguration(SECTION)) return;
        this.current = this.load();
        this.changed.fire(this.current);
      },
      this,
      this.disposables,
    );
    // Restricted settings (package.json `capabilities`) take their workspace values once the folder is trusted.
    vscode.workspace.onDidGrantWorkspaceTrust(
      () => {
        this.current = this.load();
        this.changed.fire(this.current);
      },
      this,
      this.disposables,
    );
  }

  get value(): DesignPracticeSettings {
    return this.current;
  }

  private load(): DesignPracticeSettings {
    const { settings, problems } = readSettings();
    const next = new Set<string>();
    for (const p of problems) {
      const text = vscode.l10n.t('Design Practice: setting {0}: {1}', p.setting, p.message);
      next.add(text);
      if (!this.reported.has(text)) this.report(text);
    }
    this.reported = next;
    return settings;
  }

  dispose(): void {
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
