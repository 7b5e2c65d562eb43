/** The catalog as the CLI sees it: the bundled prompts plus the user's prompt folders (`--prompts`). */
import * as path from 'node:path';
import { promptSlug } from '../core/catalog/ids';
import { loadCatalog, type Catalog, type PromptGroup, type PromptSource } from '../core/catalog/loadPrompts';
import { bundledPrompts } from '../platform/node/bundledPrompts';
import { errorReason, findMarkdownFiles, readTextFile } from './files';
import type { CliIo } from './io';

/** The catalog, and whether a folder or file could not be read at all (exit code 2). */
export interface CliCatalog {
  readonly catalog: Catalog;
  readonly failed: boolean;
}

/**
 * Loads the bundled prompts and every `*.md` under each of `dirs` (later folders override earlier
 * ones and the bundled prompts, by id). Problems in prompt files and unreadable folders are written
 * to standard error, naming the file and the field; everything that loads is returned.
 */
export async function loadCliCatalog(io: CliIo, dirs: readonly string[]): Promise<CliCatalog> {
  let failed = false;
  const fail = (message: string) => {
    failed = true;
    io.writeStderr(`design-practice: ${message}\n`);
  };
  const groups: PromptGroup[] = [{ prompts: bundledPrompts() }];
  for (const dir of dirs) {
    const abs = path.resolve(io.cwd, dir);
    const stat = await io.stat(abs).catch((e: unknown) => {
      fail(`${dir}: ${errorReason(e)}`);
      return null;
    });
    if (stat === null) continue;
    if (!stat?.isDirectory) {
      fail(`${dir}: ${stat ? 'not a folder' : 'no such folder'} (--prompts takes a folder of prompt files)`);
      continue;
    }
    const sources: PromptSource[] = [];
    for (const file of await findMarkdownFiles(io, abs, dir, (shown, reason) => fail(`${shown}: cannot read the folder: ${reason}`))) {
      const read = await readTextFile(io, file.path);
      if (read.kind === 'text') sources.push({ file: file.display, text: read.text });
      else if (read.kind === 'skipped') io.writeStderr(`design-practice: skipped ${file.display}: ${read.reason}\n`);
      else fail(`${file.display}: ${read.reason}`);
    }
    groups.push({ sources });
  }
  const catalog = loadCatalog(groups);
  for (const p of catalog.problems) {
    io.writeStderr(`design-practice: ${p.file}${p.line ? `:${p.line}` : ''}: ${p.field ? `${p.field}: ` : ''}${p.message}\n`);
  }
  return { catalog, failed };
}

/** What to say about a prompt id the catalog does not have: the ids that look like it, or how to list them. */
export function unknownPromptMessage(catalog: Catalog, id: string): string {
  const slug = promptSlug(id);
  const similar = catalog.prompts.filter((p) => p.id.includes(slug) || promptSlug(p.id).includes(slug)).map((p) => p.id);
  const hint = similar.length > 0 ? `; did you mean ${similar.slice(0, 3).join(', ')}?` : '; run "design-practice prompts" to list them';
  return `unknown prompt ${id}${hint}`;
}
