/** package.json is the extension's contract with VS Code: check what a typo would silently break. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from './helpers/paths';

interface Manifest {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  activationEvents: string[];
  icon: string;
  capabilities?: {
    untrustedWorkspaces?: { supported: boolean | string; description?: string; restrictedConfigurations?: string[] };
    virtualWorkspaces?: boolean | { supported: boolean | string; description?: string };
  };
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string }[];
    configuration: { properties: Record<string, { markdownDescription?: string; default?: unknown }> };
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    views: Record<string, { id: string }[]>;
    snippets?: unknown;
    walkthroughs: { id: string; steps: { id: string; description: string; completionEvents: string[]; media: { markdown?: string; image?: string; altText?: string } }[] }[];
    menus: { commandPalette: { command: string; when?: string }[] };
  };
}

/** package.json as written: its user-facing strings are `%key%` references into package.nls.json (issue 19). */
const rawManifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as unknown;
const nls = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.nls.json'), 'utf8')) as Record<string, string>;
const NLS_REFERENCE = /^%([^%\s]+)%$/;
/** Every string that is a `%key%` reference, with where it is. */
function nlsReferences(value: unknown, at = ''): { at: string; key: string }[] {
  if (typeof value === 'string') {
    const m = NLS_REFERENCE.exec(value);
    return m ? [{ at, key: m[1] }] : [];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => nlsReferences(v, `${at}/${k}`));
  return [];
}
/** package.json as VS Code shows it in English: each reference replaced by its package.nls.json text. */
function localized(value: unknown): unknown {
  if (typeof value === 'string') {
    const m = NLS_REFERENCE.exec(value);
    return m && m[1] in nls ? nls[m[1]] : value;
  }
  if (Array.isArray(value)) return value.map(localized);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localized(v)]));
  return value;
}
const manifest = localized(rawManifest) as Manifest;
const exists = (p: string) => fs.existsSync(path.join(repoRoot, p));

/** Manifest fields VS Code shows to the user, by the name of the field (where it holds text, not an id). */
const USER_FACING = new Set(['displayName', 'description', 'markdownDescription', 'title', 'shortTitle', 'category', 'name', 'contextualTitle', 'contents', 'label', 'fullName', 'altText', 'enumDescriptions', 'markdownEnumDescriptions', 'deprecationMessage', 'markdownDeprecationMessage', 'enumItemLabels']);
/** Under these parts of `contributes`, `name` is an identifier, not text. */
const NAME_IS_ID = new Set(['chatParticipants', 'languageModelTools', 'jsonValidation', 'grammars', 'languages']);
/** The package.nls.json key a literal would get, in the file's naming scheme (`command.<id>.title`, `configuration.<setting>.<field>`, ...). */
function suggestedKey(pathParts: string[], field: string, manifest: Record<string, unknown>): string {
  const at = (parts: string[]) => parts.reduce<unknown>((v, k) => (v as Record<string, unknown>)?.[k], manifest) as Record<string, unknown> | undefined;
  const [top, part, ...rest] = pathParts;
  if (top !== 'contributes') return [...pathParts, field].join('.');
  const item = at(pathParts) ?? {};
  const id = (item.command ?? item.id ?? item.view) as string | undefined;
  switch (part) {
    case 'commands': return field === 'category' ? 'command.category' : `command.${id}.${field}`;
    case 'configuration': return rest[0] === 'properties' ? `configuration.${rest[1]}.${field}` : `configuration.${field}`;
    case 'views': return `view.${id}.${field}`;
    case 'viewsContainers': return `viewsContainer.${id}.${field}`;
    case 'viewsWelcome': return `viewsWelcome.${id}.${rest[0]}`;
    case 'walkthroughs': {
      const walkthrough = at(['contributes', 'walkthroughs', rest[0]]) as { id: string };
      const step = rest[1] === 'steps' ? (at(['contributes', 'walkthroughs', rest[0], 'steps', rest[2]]) as { id: string }) : undefined;
      return ['walkthrough', walkthrough.id, step?.id, ...rest.slice(step ? 3 : 1).filter((k) => k !== 'media'), field].filter(Boolean).join('.');
    }
    default: return [part, id ?? rest.join('.'), field].filter(Boolean).join('.');
  }
}
/**
 * Every user-facing string still written in package.json itself rather than taken from package.nls.json,
 * with the key to give it: the top-level display name and description, the capabilities' notes, and every
 * text field under `contributes` (ids, `when` clauses, paths, defaults and enum values are not text).
 */
function literalStrings(manifest: Record<string, unknown>): { at: string; key: string; text: string }[] {
  const found: { at: string; key: string; text: string }[] = [];
  const text = (parts: string[], field: string, value: string, index?: number) => {
    if (NLS_REFERENCE.test(value) || !value.trim()) return;
    const key = suggestedKey(parts, field, manifest);
    found.push({ at: `/${[...parts, field, ...(index === undefined ? [] : [index])].join('/')}`, key: index === undefined ? key : `${key}.${index}`, text: value });
  };
  const visit = (value: unknown, parts: string[]) => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...parts, String(i)]));
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      // Settings' `default`, `enum`, `when`, `command` and the like are data; `name` is text only for views.
      const isText = USER_FACING.has(k) && !(k === 'name' && (parts[0] !== 'contributes' || NAME_IS_ID.has(parts[1] ?? '')));
      if (typeof v === 'string') {
        if (isText) text(parts, k, v);
      } else if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) {
        if (isText) v.forEach((x: string, i) => text(parts, k, x, i));
      } else visit(v, [...parts, k]);
    }
  };
  visit({ displayName: manifest.displayName, description: manifest.description }, []);
  visit(manifest.capabilities, ['capabilities']);
  visit(manifest.contributes, ['contributes']);
  return found;
}

describe('package.json', () => {
  it('takes every user-facing string from package.nls.json, each key defined and used', () => {
    const refs = nlsReferences(rawManifest);
    const undefinedKeys = refs.filter((r) => !(r.key in nls)).map((r) => `${r.at} names %${r.key}%: add "${r.key}" to package.nls.json`);
    assert.deepEqual(undefinedKeys, [], 'every %key% is in package.nls.json');
    const unused = Object.keys(nls).filter((k) => !refs.some((r) => r.key === k)).map((k) => `"${k}" in package.nls.json is used nowhere: remove it or refer to it as "%${k}%"`);
    assert.deepEqual(unused, [], 'every package.nls.json key is used');
    const literals = literalStrings(rawManifest as Record<string, unknown>).map(
      ({ at, key, text }) =>
        nls[key] === text
          ? `${at}: write "%${key}%" in package.json (package.nls.json has the text)`
          : `${at}: add ${JSON.stringify(key)}: ${JSON.stringify(text)} to package.nls.json and write "%${key}%" in package.json`,
    );
    assert.deepEqual(literals, [], 'every user-facing string in package.json is a %key% reference');
  });

  it('finds a literal string a new contribution adds, and says which key to add', () => {
    const withLiterals = JSON.parse(JSON.stringify(rawManifest)) as { contributes: Manifest['contributes'] & { views: Record<string, { id: string; name: string }[]> } };
    withLiterals.contributes.commands.push({ command: 'designPractice.doThing', title: 'Do the Thing', category: '%command.category%' });
    withLiterals.contributes.configuration.properties['designPractice.new.option'] = { markdownDescription: 'A new option.', default: 'x' };
    withLiterals.contributes.views.designPractice.push({ id: 'designPractice.more', name: 'More' });
    assert.deepEqual(
      literalStrings(withLiterals as unknown as Record<string, unknown>).map(({ key, text }) => [key, text]),
      [
        ['view.designPractice.more.name', 'More'],
        ['command.designPractice.doThing.title', 'Do the Thing'],
        ['configuration.designPractice.new.option.markdownDescription', 'A new option.'],
      ],
    );
  });

  it('walkthrough: steps tick on context keys the extension sets, and "Read a prompt" lets the user pick', () => {
    const walkthrough = manifest.contributes.walkthroughs[0];
    const source = fs.readFileSync(path.join(repoRoot, 'src/vscode/onboarding/walkthrough.ts'), 'utf8');
    assert.ok(source.includes(`'${(manifest as unknown as { publisher: string }).publisher}.${(manifest as unknown as { name: string }).name}#${walkthrough.id}'`), 'the id the extension opens');
    for (const stepId of ['openPrompt', 'startAnswer', 'runTimer', 'mockInterview', 'debrief', 'addPrompt']) {
      const step = walkthrough.steps.find((s) => s.id === stepId)!;
      const context = step.completionEvents.find((e) => e.startsWith('onContext:designPractice.walkthrough.'));
      assert.ok(context, `${stepId} completes on a context key`);
      const key = context.slice('onContext:designPractice.walkthrough.'.length);
      assert.ok(source.includes(`'${key}'`), `the extension sets designPractice.walkthrough.${key}`);
    }
    const openPrompt = walkthrough.steps.find((s) => s.id === 'openPrompt')!;
    assert.match(openPrompt.description, /\(command:designPractice\.openPrompt\)/, 'no fixed prompt: the command asks');
  });

  it('walkthrough: a step for the mock interview and one for the debrief; the first step shows an image, drawn at once (issue 17, item 20)', () => {
    const steps = manifest.contributes.walkthroughs[0].steps;
    assert.deepEqual(steps.map((s) => s.id), ['openSidebar', 'openPrompt', 'startAnswer', 'seeFeedback', 'runTimer', 'mockInterview', 'debrief', 'addPrompt']);
    assert.match(steps[5].description, /\(command:designPractice\.startMockInterview\)/);
    // Markdown media is drawn in a webview that takes seconds to start; an image is in the page at once.
    const first = steps[0].media as { image?: string; altText?: string };
    assert.match(first.image ?? '', /^media\/walkthrough\/.+\.png$/);
    assert.ok((first.altText ?? '').length > 20, 'the image says what it shows');
  });

  it('targets the VS Code the tests run in', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '~1.100.0');
  });

  it('activates on Markdown, or at start-up in a practice workspace (views and commands activate implicitly)', () => {
    // In a workspace that holds answers the extension is active before the first one is opened, so
    // its diagnostics do not wait for VS Code to activate Markdown extensions (~600 ms, bench:editor).
    assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'workspaceContains:design-notes', 'workspaceContains:.design-practice', 'workspaceContains:.design-practice.json']);
  });

  it('declares what works in Restricted Mode and in virtual workspaces, restricting only real settings', () => {
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities ?? {};
    assert.equal(untrustedWorkspaces?.supported, 'limited');
    assert.ok(untrustedWorkspaces.description && untrustedWorkspaces.description.length > 40);
    assert.deepEqual(untrustedWorkspaces.restrictedConfigurations, ['designPractice.promptFolders', 'designPractice.lint.include']);
    for (const key of untrustedWorkspaces.restrictedConfigurations) assert.ok(key.slice('designPractice.'.length) && key in manifest.contributes.configuration.properties, key);
    // Every file is read through vscode.workspace.fs and answers are linted in any workspace folder's scheme (issue 19).
    assert.equal(virtualWorkspaces, true);
  });

  it('has a Node entry and a browser entry, both shipped in the .vsix', () => {
    const { main, browser } = manifest as unknown as { main: string; browser: string };
    assert.equal(main, './dist/extension.js');
    assert.equal(browser, './dist/web/extension.js');
    const ignore = fs.readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    for (const entry of [main, browser]) assert.ok(ignore.includes(`!${entry.slice(2)}`), `.vscodeignore keeps ${entry}`);
  });

  it('every file it points at exists', () => {
    const files = [
      manifest.icon,
      ...manifest.contributes.viewsContainers.activitybar.map((c) => c.icon),
      ...manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown ?? s.media.image ?? '')),
    ];
    for (const f of files) assert.ok(exists(f), f);
  });

  it('contributes no snippets file: the dp- snippets come from the completion provider, only after dp (issue 17, item 14)', () => {
    // VS Code offers a contributed snippet against any word and after any space: `## Op` + Enter wrote `## ## Operability`.
    assert.equal(manifest.contributes.snippets, undefined);
  });

  it('commands are designPractice.<verbNoun> in the Design Practice category', () => {
    for (const c of manifest.contributes.commands) {
      assert.match(c.command, /^designPractice\.[a-z]+[A-Z][A-Za-z]*$/, c.command);
      assert.equal(c.category, 'Design Practice', c.command);
    }
  });

  it('the README lists every command by its palette title, and every command shows in the palette', () => {
    const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('| command | what it does |'), readme.indexOf('## Settings'));
    const listed = [...table.matchAll(/^\| Design Practice: (.+?) \|/gm)].flatMap((m) => m[1].split(' / '));
    assert.deepEqual([...listed].sort(), manifest.contributes.commands.map((c) => c.title).sort());
    const viewOnly = new Set([...table.matchAll(/^\| Design Practice: (.+?) \| view-only:/gm)].map((m) => m[1]));
    for (const entry of manifest.contributes.menus.commandPalette) {
      if (entry.when !== 'false') continue;
      const title = manifest.contributes.commands.find((c) => c.command === entry.command)!.title;
      assert.ok(viewOnly.has(title), `${title} is hidden from the palette but not marked view-only in the README`);
    }
  });

  it('the two section commands do not share their first word, so typing one never runs the other', () => {
    const title = (id: string) => manifest.contributes.commands.find((c) => c.command === id)!.title;
    const one = title('designPractice.insertSection');
    const all = title('designPractice.fixAllMissingSections');
    assert.notEqual(one.split(' ')[0], all.split(' ')[0]);
    assert.ok(!all.toLowerCase().includes(one.toLowerCase().replace(/…$/, '')) && !one.toLowerCase().includes(all.toLowerCase()));
  });

  it('every setting has a markdownDescription and a default', () => {
    for (const [key, p] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.ok(key.startsWith('designPractice.'), key);
      assert.ok(p.markdownDescription && p.markdownDescription.length > 20, `${key} is described`);
      assert.ok('default' in p, `${key} has a default`);
    }
  });

  it('the views live in the Design Practice container', () => {
    assert.deepEqual(manifest.contributes.viewsContainers.activitybar.map((c) => c.id), ['designPractice']);
    assert.deepEqual(manifest.contributes.views.designPractice.map((v) => v.id), ['designPractice.prompts', 'designPractice.interviewer']);
  });

  it('the .vsix holds the bundle and what VS Code reads at run time, nothing else', function () {
    this.timeout(30_000);
    const files = execFileSync(process.execPath, [path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    assert.ok(files.includes('dist/extension.js') && files.includes('l10n/bundle.l10n.json') && files.includes('dist/web/extension.js') && files.includes('dist/preview/mermaid.js') && files.includes('docs/rules/SD001.md'));
    const unexpected = files.filter((f) => !/^(package\.json|package\.nls\.json|l10n\/bundle\.l10n\.json|README\.md|LICENSE|CHANGELOG\.md|dist\/(web\/)?extension\.js|dist\/preview\/mermaid\.js|media\/[^/]+\.(svg|png|css|js)|media\/walkthrough\/.+\.(md|png)|docs\/rules\/.+\.md)$/.test(f));
    assert.deepEqual(unexpected, [], 'no sources, tests, screenshots or maps');
  });
});
