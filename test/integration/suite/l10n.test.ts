/**
 * Localisation: what the extension shows comes from its bundles. In English (every run) the manifest's
 * %keys% are resolved and there is no bundle; `npm run test:integration:l10n` runs this suite again in
 * the pseudo-language qps-ploc (a tiny language pack switches VS Code to it), where the manifest and the
 * strings of vscode.l10n.t come from the extension's qps-ploc files.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PromptTreeNode } from '../../../src/vscode/views/promptTree';
import { activate, EXTENSION_ID } from './helpers';

/** The palette title of `designPractice.openPrompt`, as the extension host read the manifest. */
function openPromptTitle(): string | undefined {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string; title: string }[] } };
  return manifest.contributes.commands.find((c) => c.command === 'designPractice.openPrompt')?.title;
}

describe('localisation', () => {
  it('shows the manifest and the tree in the display language, English unless a language pack says otherwise', async function () {
    const services = await activate();
    const [team] = (await services.promptTree.getChildren()).filter((n: PromptTreeNode) => n.kind === 'team');
    assert.ok(team, 'the prompts view has a team');
    const [prompt] = await services.promptTree.getChildren(team);
    const item = await services.promptTree.getTreeItem(prompt);
    console.log(`      display language: ${vscode.env.language}`);
    if (vscode.env.language === 'en') {
      assert.equal(vscode.l10n.bundle, undefined, 'no bundle in English: vscode.l10n.t returns its message');
      assert.equal(openPromptTitle(), 'Open Prompt', "the manifest's %key% resolved from package.nls.json");
      assert.equal(item.command?.title, 'Open Prompt');
      return;
    }
    assert.equal(vscode.env.language, 'qps-ploc', 'the run asked for the pseudo-language');
    const translated = vscode.l10n.bundle?.['Open Prompt'];
    assert.ok(translated && translated !== 'Open Prompt', `the qps-ploc bundle is loaded and translates "Open Prompt" (got ${JSON.stringify(translated)})`);
    assert.equal(item.command?.title, translated, "the tree item's command title comes from the bundle");
    const tooltip = item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip);
    const level = vscode.l10n.bundle?.['Level:'];
    assert.ok(level && tooltip.includes(level) && !tooltip.includes('Level:'), `the tooltip is translated: ${tooltip}`);
    const title = openPromptTitle();
    assert.ok(title && title !== 'Open Prompt' && title !== '%command.designPractice.openPrompt.title%', `the palette title comes from package.nls.qps-ploc.json (got ${JSON.stringify(title)})`);
  });
});
