/** `designPractice.openRulePage`: a rule's page, rendered, from the id a diagnostic links with or a pick. */
import * as vscode from 'vscode';
import { ruleIds } from '../lint/rulePages';
import type { Services } from '../services';

export function openRulePage(services: Services) {
  return async (ruleId?: string): Promise<vscode.Uri | undefined> => {
    let id = typeof ruleId === 'string' ? ruleId : undefined;
    if (!id) {
      const picked = await vscode.window.showQuickPick(
        ruleIds().map((r) => ({ label: r.id, description: r.name, detail: r.description })),
        { title: vscode.l10n.t('Design Practice: Open Rule Page'), placeHolder: vscode.l10n.t('Which rule?'), matchOnDescription: true },
      );
      id = picked?.label;
    }
    return id ? services.rulePages.show(id) : undefined;
  };
}
