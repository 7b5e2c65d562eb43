"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.VsCodeSettings = exports.MIN_SETTING_PHASE_MINUTES = void 0;
exports.readSettings = readSettings;
/**
 * The one place that reads `designPractice.*` settings. Values are validated into a plain object the
 * rest of the extension (and the core) uses; a bad value falls back to its default and is reported.
 */
const vscode = __importStar(require("vscode"));
const rules_1 = require("../core/lint/rules");
const config_1 = require("../core/lint/config");
const timer_1 = require("../core/practice/timer");
/** The shortest phase length the setting accepts, in minutes. */
exports.MIN_SETTING_PHASE_MINUTES = 1;
const SECTION = 'designPractice';
/** Reads and validates the settings for a scope (a workspace folder or document), never throwing. */
function readSettings(scope) {
    const c = vscode.workspace.getConfiguration(SECTION, scope);
    const problems = [];
    const bad = (setting, message) => problems.push({ setting: `${SECTION}.${setting}`, message });
    const str = (key, fallback) => {
        const v = c.get(key);
        if (v === undefined || v === null)
            return fallback;
        if (typeof v === 'string' && v.trim())
            return v.trim();
        bad(key, `expected a non-empty text, got ${JSON.stringify(v)}; using "${fallback}"`);
        return fallback;
    };
    const strings = (key, fallback) => {
        const v = c.get(key);
        if (v === undefined || v === null)
            return fallback;
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v.filter((x) => x.trim());
        bad(key, `expected a list of texts, got ${JSON.stringify(v)}`);
        return fallback;
    };
    const num = (key, fallback, min, max) => {
        const v = c.get(key);
        if (v === undefined || v === null)
            return fallback;
        if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max)
            return v;
        bad(key, `expected a number from ${min} to ${max}, got ${JSON.stringify(v)}; using ${fallback}`);
        return fallback;
    };
    const bool = (key, fallback) => {
        const v = c.get(key);
        if (typeof v === 'boolean')
            return v;
        if (v !== undefined && v !== null)
            bad(key, `expected true or false, got ${JSON.stringify(v)}`);
        return fallback;
    };
    const phaseMinutes = (key) => {
        const v = c.get(key);
        if (v === undefined || v === null)
            return {};
        if (typeof v !== 'object' || Array.isArray(v)) {
            bad(key, `expected an object of section ids to minutes, e.g. { "architecture": 20 }, got ${JSON.stringify(v)}`);
            return {};
        }
        const valid = {};
        for (const [section, minutes] of Object.entries(v)) {
            if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes >= exports.MIN_SETTING_PHASE_MINUTES && minutes <= timer_1.MAX_PHASE_MINUTES) {
                valid[section] = minutes;
            }
            else {
                bad(key, `"${section}": expected minutes from ${exports.MIN_SETTING_PHASE_MINUTES} to ${timer_1.MAX_PHASE_MINUTES}, got ${JSON.stringify(minutes)}; using the prompt's time plan`);
            }
        }
        return valid;
    };
    const notesFolder = str('notesFolder', 'design-notes');
    if (notesFolder.split(/[\\/]/).includes('..'))
        bad('notesFolder', 'must stay inside the workspace folder');
    const input = {
        defaultTemplate: c.get('lint.defaultTemplate'),
        rules: c.get('lint.rules'),
        aliases: c.get('lint.aliases'),
    };
    const { config, problems: configProblems } = (0, config_1.resolveConfig)(input, rules_1.RULES);
    for (const p of configProblems)
        bad(`lint.${p.setting}`, p.message);
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
        },
        problems,
    };
}
/**
 * Holds the current settings, re-reads them when `designPractice.*` changes, reports bad values once
 * per distinct problem, and tells listeners.
 */
class VsCodeSettings {
    report;
    current;
    changed = new vscode.EventEmitter();
    disposables = [this.changed];
    reported = new Set();
    /** Fires after the settings changed, with the new values. */
    onDidChange = this.changed.event;
    constructor(report) {
        this.report = report;
        this.current = this.load();
        vscode.workspace.onDidChangeConfiguration((e) => {
            if (!e.affectsConfiguration(SECTION))
                return;
            this.current = this.load();
            this.changed.fire(this.current);
        }, this, this.disposables);
        // Restricted settings (package.json `capabilities`) take their workspace values once the folder is trusted.
        vscode.workspace.onDidGrantWorkspaceTrust(() => {
            this.current = this.load();
            this.changed.fire(this.current);
        }, this, this.disposables);
    }
    get value() {
        return this.current;
    }
    load() {
        const { settings, problems } = readSettings();
        const next = new Set();
        for (const p of problems) {
            const text = `Design Practice: setting ${p.setting}: ${p.message}`;
            next.add(text);
            if (!this.reported.has(text))
                this.report(text);
        }
        this.reported = next;
        return settings;
    }
    dispose() {
        vscode.Disposable.from(...this.disposables).dispose();
    }
}
exports.VsCodeSettings = VsCodeSettings;
//# sourceMappingURL=settings.js.map