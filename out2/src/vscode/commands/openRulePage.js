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
exports.openRulePage = openRulePage;
/** `designPractice.openRulePage`: a rule's page, rendered, from the id a diagnostic links with or a pick. */
const vscode = __importStar(require("vscode"));
const rulePages_1 = require("../lint/rulePages");
function openRulePage(services) {
    return async (ruleId) => {
        let id = typeof ruleId === 'string' ? ruleId : undefined;
        if (!id) {
            const picked = await vscode.window.showQuickPick((0, rulePages_1.ruleIds)().map((r) => ({ label: r.id, description: r.name, detail: r.description })), { title: vscode.l10n.t('Design Practice: Open Rule Page'), placeHolder: vscode.l10n.t('Which rule?'), matchOnDescription: true });
            id = picked?.label;
        }
        return id ? services.rulePages.show(id) : undefined;
    };
}
//# sourceMappingURL=openRulePage.js.map