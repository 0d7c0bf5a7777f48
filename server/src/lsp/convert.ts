/** Core results → LSP types. The only place that knows both. */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  SymbolKind,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type TextEdit,
} from 'vscode-languageserver';
import type { CompletionItem as CoreCompletion, DocumentSymbol as CoreSymbol, Finding, TextEdit as CoreEdit } from '../core/index';

export const SOURCE = 'ai-security';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint } as const;

export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: f.href },
    source: SOURCE,
    message: f.message,
    data: { code: f.code, ...(f.data ?? {}) },
  };
}

/** A diagnostic sent back in a code-action request, as the finding the core knows. */
export function fromDiagnostic(d: Diagnostic): Finding | undefined {
  if (d.source !== SOURCE || typeof d.code !== 'string') return undefined;
  const data = d.data && typeof d.data === 'object' ? (d.data as Record<string, unknown>) : undefined;
  const severity = (Object.keys(SEVERITY) as (keyof typeof SEVERITY)[]).find((k) => SEVERITY[k] === d.severity) ?? 'error';
  return {
    code: d.code,
    severity,
    message: d.message,
    range: d.range,
    href: d.codeDescription?.href ?? '',
    ...(data && typeof data.kind === 'string' ? { data: data as Finding['data'] & object } : {}),
  };
}

const COMPLETION_KIND: Record<CoreCompletion['kind'], CompletionItemKind> = {
  provision: CompletionItemKind.Constant,
  field: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  asset: CompletionItemKind.Reference,
  file: CompletionItemKind.File,
  folder: CompletionItemKind.Folder,
  snippet: CompletionItemKind.Snippet,
};

export function toCompletion(c: CoreCompletion, markdown: boolean, retriggerCommand: boolean): CompletionItem {
  return {
    label: c.label,
    kind: COMPLETION_KIND[c.kind],
    ...(c.detail ? { detail: c.detail } : {}),
    ...(c.documentation ? { documentation: markdown ? { kind: MarkupKind.Markdown, value: c.documentation } : stripMarkdown(c.documentation) } : {}),
    sortText: c.sortText,
    ...(c.filterText ? { filterText: c.filterText } : {}),
    textEdit: { range: c.range, newText: c.insertText },
    insertTextFormat: c.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    // The core writes every line of a multi-line text with its full indentation: a client that
    // added the cursor line's indentation again (VS Code's default) would indent it twice.
    ...(c.insertText.includes('\n') ? { insertTextMode: InsertTextMode.asIs } : {}),
    ...(c.retrigger && retriggerCommand ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

/**
 * Plain text for clients that cannot render Markdown. The core's Markdown holds block quotes,
 * `*` emphasis, inline code and links of its own; user text in it is backslash-escaped or inside
 * inline code (core/util/escape.ts). So the markup goes, each escape gives back its character
 * and code gives back its content, and a plain-text client shows a value as it was written.
 * One pass over the text, no regular expression over it.
 */
export function stripMarkdown(md: string): string {
  let out = '';
  let i = 0;
  let lineStart = true;
  // Where the next "](", the ")" after it and the next line break are: found once and reused by
  // every "[" before them, so that a run of "[" costs one scan, not one scan each.
  let mid = -2;
  let end = -1;
  let lineEnd = -1;
  while (i < md.length) {
    const c = md[i]!;
    if (lineStart && md.startsWith('> ', i)) {
      i += 2;
      lineStart = false;
      continue;
    }
    lineStart = c === '\n';
    if (c === '\\' && i + 1 < md.length && isAsciiPunctuation(md.charCodeAt(i + 1))) {
      out += md[i + 1];
      i += 2;
    } else if (c === '`') {
      let j = i;
      while (md[j] === '`') j++;
      const close = closingFence(md, j, j - i);
      if (close < 0) {
        out += md.slice(i, j);
        i = j;
        continue;
      }
      const body = md.slice(j, close);
      // The fences' padding: one space each side when both have one (CommonMark code spans).
      out += body.length > 2 && body.startsWith(' ') && body.endsWith(' ') && body.trim() !== '' ? body.slice(1, -1) : body;
      i = close + (j - i);
    } else if (c === '*') {
      i++;
    } else if (c === '[') {
      // A link the core wrote: "text <target>".
      if (mid !== -1 && mid < i) {
        mid = md.indexOf('](', i);
        end = mid < 0 ? -1 : md.indexOf(')', mid);
      }
      if (lineEnd < i) {
        lineEnd = md.indexOf('\n', i);
        if (lineEnd < 0) lineEnd = md.length;
      }
      if (end < 0 || mid > lineEnd) {
        out += c;
        i++;
        continue;
      }
      out += `${stripMarkdown(md.slice(i + 1, mid))} <${md.slice(mid + 2, end)}>`;
      i = end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

/** Where the run of exactly `length` backticks that closes a code span starts, from `from` on; -1 if none. */
function closingFence(md: string, from: number, length: number): number {
  let at = md.indexOf('`', from);
  while (at >= 0) {
    let end = at;
    while (md[end] === '`') end++;
    if (end - at === length) return at;
    at = md.indexOf('`', end);
  }
  return -1;
}

const SYMBOL_KIND: Record<CoreSymbol['kind'], SymbolKind> = {
  module: SymbolKind.Module,
  namespace: SymbolKind.Namespace,
  object: SymbolKind.Object,
  key: SymbolKind.Key,
  property: SymbolKind.Property,
};

export function toSymbol(s: CoreSymbol): DocumentSymbol {
  return {
    name: s.name,
    ...(s.detail ? { detail: s.detail } : {}),
    kind: SYMBOL_KIND[s.kind],
    range: s.range,
    selectionRange: s.selectionRange,
    ...(s.children ? { children: s.children.map(toSymbol) } : {}),
  };
}

export function symbolKind(s: CoreSymbol): SymbolKind {
  return SYMBOL_KIND[s.kind];
}

/**
 * An edit, as a snippet where the client accepts snippet edits (the `experimental.snippetTextEdit`
 * convention that rust-analyzer introduced; our VS Code client turns them into snippet edits),
 * else as plain text with the placeholders' default values.
 */
export function toTextEdit(e: CoreEdit, snippets: boolean): TextEdit {
  if (snippets && e.snippet !== undefined && e.snippet !== e.newText) {
    return { range: e.range, newText: e.snippet, insertTextFormat: InsertTextFormat.Snippet } as TextEdit;
  }
  return { range: e.range, newText: e.newText };
}
