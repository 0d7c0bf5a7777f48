/** Core results → LSP types. The only place that knows both. */
import {
  CompletionItemKind,
  DiagnosticSeverity,
  InsertTextFormat,
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
    insertTextFormat: InsertTextFormat.PlainText,
    ...(c.retrigger && retriggerCommand ? { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } } : {}),
  };
}

/** Plain text for clients that cannot render Markdown. */
export function stripMarkdown(md: string): string {
  return md
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 <$2>')
    .replace(/^> /gm, '')
    .replace(/\\([\\`*_[\]<>])/g, '$1')
    .replace(/[*`]/g, '');
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
