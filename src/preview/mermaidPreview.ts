/**
 * Draws the Mermaid diagrams of a page: the Markdown preview's script (`markdown.previewScripts`)
 * and the script the extension's own webviews load beside theirs. It runs in the page, in desktop
 * VS Code and in the browser alike, and is the only place the Mermaid renderer is loaded.
 *
 * Each `.dp-mermaid` element (src/core/diagram/mermaidHtml.ts) holds the diagram's source in a
 * `<pre>`. The drawing goes in beside it and the source is hidden; a diagram that does not parse
 * shows Mermaid's error above its source, never a blank. Colours come from the VS Code theme, and
 * the diagrams are drawn again when the theme changes or the preview updates its content.
 *
 * The extension's webviews allow no inline style (their CSP has no 'unsafe-inline'), and Mermaid's
 * SVG carries a `<style>` element and `style` attributes. So the SVG is parsed apart from the page,
 * its stylesheet goes in as a constructed sheet (`document.adoptedStyleSheets`, which the CSP does
 * not govern) and each `style` attribute is set again through the CSSOM (`element.style`, which it
 * does not govern either). The Markdown preview, which allows inline style, gets the same treatment.
 */
import mermaid from 'mermaid';

const BLOCK = '.dp-mermaid';
const RENDERED = 'dp-mermaid-rendered';
/** Drawings kept by theme and source, so a preview update (which puts the source back) redraws at once. */
const MAX_CACHED = 200;

interface Drawing {
  readonly svg?: string;
  readonly error?: string;
}

const cache = new Map<string, Drawing>();
let themeKey = '';
let sequence = 0;
let queue: Promise<void> = Promise.resolve();

/** A theme colour (`--vscode-*`), if the page has it in a form Mermaid's colour parser reads. */
function themeColor(styles: CSSStyleDeclaration, name: string): string | undefined {
  const value = styles.getPropertyValue(`--vscode-${name}`).trim();
  return /^#[0-9a-f]{3,8}$/i.test(value) || /^(?:rgb|hsl)a?\([\d\s.,%/]+\)$/i.test(value) ? value : undefined;
}

/** Mermaid's settings for the page's current theme. */
function themeSettings(): { key: string; config: Parameters<typeof mermaid.initialize>[0] } {
  const body = document.body.classList;
  const dark = body.contains('vscode-dark') || (body.contains('vscode-high-contrast') && !body.contains('vscode-high-contrast-light'));
  const styles = getComputedStyle(document.documentElement);
  const color = (name: string) => themeColor(styles, name);
  const foreground = color('editor-foreground') ?? color('foreground');
  const background = color('editor-background');
  const variables: Record<string, string | boolean> = { darkMode: dark };
  const set = (key: string, value: string | undefined) => {
    if (value) variables[key] = value;
  };
  set('background', background);
  set('primaryColor', color('editorWidget-background') ?? color('sideBar-background') ?? background);
  set('primaryTextColor', foreground);
  set('primaryBorderColor', color('focusBorder') ?? color('textLink-foreground'));
  set('lineColor', foreground);
  set('textColor', foreground);
  set('secondaryColor', color('textCodeBlock-background') ?? color('editor-inactiveSelectionBackground'));
  set('tertiaryColor', color('editor-lineHighlightBackground') ?? background);
  set('noteBkgColor', color('editorHoverWidget-background'));
  set('noteTextColor', color('editorHoverWidget-foreground') ?? foreground);
  const font = styles.getPropertyValue('--vscode-font-family').trim();
  if (font) variables.fontFamily = font;
  const key = JSON.stringify(variables);
  return {
    key,
    config: {
      startOnLoad: false,
      // Never draws its own "syntax error" picture into the page: the error is shown in place below.
      suppressErrorRendering: true,
      securityLevel: 'strict',
      theme: 'base',
      themeVariables: variables,
    },
  };
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error);
  return message.trim() || 'Mermaid could not parse this diagram.';
}

/** Draws `source`, or says why it cannot. Mermaid draws one diagram at a time. */
async function draw(source: string): Promise<Drawing> {
  const cached = cache.get(themeKey + source);
  if (cached) return cached;
  const id = `dp-mermaid-svg-${++sequence}`;
  let drawing: Drawing;
  try {
    const { svg } = await mermaid.render(id, source);
    drawing = { svg };
  } catch (error) {
    drawing = { error: errorText(error) };
  } finally {
    // What Mermaid left in the page while measuring, if it failed half-way.
    document.getElementById(id)?.remove();
    document.getElementById(`d${id}`)?.remove();
  }
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value as string);
  cache.set(themeKey + source, drawing);
  return drawing;
}

/** Puts the drawing (or the error) into `block`, unless it already shows it. */
async function renderBlock(block: HTMLElement): Promise<void> {
  const pre = block.querySelector<HTMLElement>(':scope > pre');
  if (!pre) return;
  const source = pre.textContent ?? '';
  const stamp = themeKey + source;
  if (block.dataset.dpDrawn === stamp && block.querySelector(':scope > .dp-mermaid-output')) return;
  const drawing = await draw(source);
  // The page may have replaced the block meanwhile (a preview update).
  if (!block.isConnected || (pre.textContent ?? '') !== source) return;
  let output = block.querySelector<HTMLElement>(':scope > .dp-mermaid-output');
  if (!output) {
    output = document.createElement('div');
    output.className = 'dp-mermaid-output';
    block.insertBefore(output, pre);
  }
  if (drawing.svg !== undefined) {
    placeSvg(output, drawing.svg);
    output.setAttribute('role', 'img');
    block.classList.add(RENDERED);
  } else {
    const message = document.createElement('pre');
    message.className = 'dp-mermaid-error';
    message.textContent = `Mermaid cannot draw this diagram:\n${drawing.error}`;
    output.replaceChildren(message);
    dropSheet(output);
    output.removeAttribute('role');
    block.classList.remove(RENDERED);
  }
  block.dataset.dpDrawn = stamp;
}

/** The stylesheet of the drawing in each output element. */
const sheets = new Map<HTMLElement, CSSStyleSheet>();

/**
 * Puts Mermaid's SVG markup into `output` without inline style: parsed in a document of its own
 * (inert: no script runs, nothing loads), its `<style>` elements become one constructed stylesheet
 * and its `style` attributes are set through `element.style` once the nodes are in the page.
 */
function placeSvg(output: HTMLElement, svg: string): void {
  const parsed = new DOMParser().parseFromString(`<!DOCTYPE html><body>${svg}`, 'text/html');
  let css = '';
  for (const style of Array.from(parsed.querySelectorAll('style'))) {
    css += `${style.textContent ?? ''}\n`;
    style.remove();
  }
  const styled: [ElementCSSInlineStyle, string][] = [];
  for (const element of Array.from(parsed.body.querySelectorAll('[style]'))) {
    styled.push([element as unknown as ElementCSSInlineStyle, element.getAttribute('style') ?? '']);
    element.removeAttribute('style');
  }
  output.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => document.adoptNode(node)));
  for (const [element, text] of styled) element.style.cssText = text;
  dropSheet(output);
  if (css.trim()) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(output, sheet);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
}

/** Removes the stylesheet of the drawing `output` held, if any. */
function dropSheet(output: HTMLElement): void {
  const sheet = sheets.get(output);
  if (!sheet) return;
  sheets.delete(output);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
}

/** Drops the stylesheets of drawings no longer in the page (a preview update replaced them). */
function dropDetachedSheets(): void {
  for (const output of Array.from(sheets.keys())) if (!output.isConnected) dropSheet(output);
}

/** Draws every diagram of the page, one after the other. */
function renderAll(): Promise<void> {
  queue = queue.then(async () => {
    const { key, config } = themeSettings();
    if (key !== themeKey) {
      themeKey = key;
      mermaid.initialize(config);
    }
    for (const block of Array.from(document.querySelectorAll<HTMLElement>(BLOCK))) {
      try {
        await renderBlock(block);
      } catch (error) {
        console.error('Design Practice: drawing a Mermaid diagram failed', error);
      }
    }
    dropDetachedSheets();
  });
  return queue;
}

void renderAll();
// The Markdown preview replaces its content on every edit and says so with this event.
window.addEventListener('vscode.markdown.updateContent', () => void renderAll());
// A theme change swaps the body's classes and the --vscode-* colours.
new MutationObserver(() => void renderAll()).observe(document.body, { attributes: true, attributeFilter: ['class', 'style'] });
