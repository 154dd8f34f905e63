/**
 * Mail templates as Supabase Auth uses them: `[auth.email.template.<type>]` in config.toml names a
 * subject and an HTML file (content_path), written in Go's template language with the variables
 * GoTrue gives every mail — {{ .ConfirmationURL }}, {{ .Token }}, {{ .TokenHash }}, {{ .SiteURL }},
 * {{ .RedirectTo }}, {{ .Email }} and {{ .Data.<key> }} (the user's metadata, e.g. what the invite
 * call passed as `data`). This renders the part of the language such templates use: values,
 * `{{ if .X }} … {{ else }} … {{ end }}`, comments, and `{{-`/`-}}` trimming. Values are
 * HTML-escaped, as html/template does.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface MailTemplate {
  subject: string;
  contentPath?: string;
}

export type TemplateValues = Record<string, unknown>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function lookup(values: TemplateValues, reference: string): unknown {
  if (!reference.startsWith('.')) throw new Error(`unsupported template expression: ${reference}`);
  return reference
    .slice(1)
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), values);
}

// Go templates print a missing map key as "<no value>"; a mail had better print nothing.
const show = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const truthy = (value: unknown) => Boolean(value) && !(Array.isArray(value) && value.length === 0);

type Node = { text: string } | { value: string } | { test: string; then: Node[]; otherwise: Node[] };

function parse(template: string): Node[] {
  const tokens = template.split(/({{-?\s*[\s\S]*?\s*-?}})/);
  // Trim markers take the whitespace next to them away.
  for (let index = 0; index < tokens.length; index++) {
    if (!tokens[index].startsWith('{{')) continue;
    if (tokens[index].startsWith('{{-') && index > 0) tokens[index - 1] = tokens[index - 1].replace(/\s+$/, '');
    if (tokens[index].endsWith('-}}') && index + 1 < tokens.length) tokens[index + 1] = tokens[index + 1].replace(/^\s+/, '');
  }
  let position = 0;
  const block = (closers: string[]): { nodes: Node[]; closer?: string } => {
    const nodes: Node[] = [];
    while (position < tokens.length) {
      const token = tokens[position++];
      if (!token.startsWith('{{')) {
        if (token) nodes.push({ text: token });
        continue;
      }
      const action = token.replace(/^{{-?\s*/, '').replace(/\s*-?}}$/, '');
      if (action.startsWith('/*')) continue;
      if (closers.includes(action)) return { nodes, closer: action };
      const condition = /^if\s+(\S+)$/.exec(action);
      if (condition) {
        const then = block(['else', 'end']);
        const otherwise = then.closer === 'else' ? block(['end']).nodes : [];
        nodes.push({ test: condition[1], then: then.nodes, otherwise });
        continue;
      }
      nodes.push({ value: action });
    }
    if (closers.length) throw new Error(`unclosed {{ if }} in mail template`);
    return { nodes };
  };
  return block([]).nodes;
}

function render(nodes: Node[], values: TemplateValues): string {
  return nodes
    .map((node) => {
      if ('text' in node) return node.text;
      if ('value' in node) return escapeHtml(show(lookup(values, node.value)));
      return render(truthy(lookup(values, node.test)) ? node.then : node.otherwise, values);
    })
    .join('');
}

/** The HTML of a template with its values, as GoTrue would send it. */
export const renderTemplate = (template: string, values: TemplateValues) => render(parse(template), values);

/** The plain-text part of an HTML mail: its words, with each link's address after its text. */
export function textOfHtml(html: string) {
  return html
    .replace(/\s+/g, ' ')
    .replace(/<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, '$2: $1')
    .replace(/<\/(p|h[1-6]|li|div)>|<br\s*\/?>/gi, '\n\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A configured template's mail: its subject (itself a template) and its HTML file, read afresh each time as the CLI's Auth reads its mount. */
export function templateMail(projectDir: string, template: MailTemplate, values: TemplateValues) {
  if (!template.contentPath) return null;
  const html = renderTemplate(readFileSync(path.resolve(projectDir, template.contentPath), 'utf8'), values);
  return { subject: renderTemplate(template.subject, values).replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code))), html, text: textOfHtml(html) };
}
