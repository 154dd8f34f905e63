/**
 * Every key the code asks for is a string in both catalogues. The compiler reads the app as tsc
 * does, so a key built from a vocabulary (`reviews.states.${state}`) is checked for every value
 * its type allows: a new enum value without its label fails here, not on a page.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import sv from './sv.json';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const catalogues = { en, sv };

function lookup(catalogue: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogue);
}

/** A plural lookup (with count) is also satisfied by the language's plural forms. */
function isString(catalogue: object, key: string, plural: boolean) {
  if (typeof lookup(catalogue, key) === 'string') return true;
  return plural && ['one', 'other'].every((form) => typeof lookup(catalogue, `${key}_${form}`) === 'string');
}

function appProgram() {
  const configPath = path.join(root, 'tsconfig.app.json');
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const files = parsed.fileNames.filter((file) => !/\.test\.tsx?$/.test(file) && !file.includes('/src/testing/'));
  return ts.createProgram(files, parsed.options);
}

/** The string values an expression may have, or undefined when its type is open (any string). */
function literalValues(checker: ts.TypeChecker, expression: ts.Expression): string[] | undefined {
  const type = checker.getTypeAtLocation(expression);
  const members = type.isUnion() ? type.types : [type];
  const values: string[] = [];
  for (const member of members) {
    if (member.isStringLiteral()) values.push(member.value);
    else if (member.isNumberLiteral()) values.push(String(member.value));
    else if (member.flags & ts.TypeFlags.BooleanLiteral) values.push(checker.typeToString(member));
    else if (member.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) continue;
    else return undefined;
  }
  return values;
}

interface Use {
  key: string;
  plural: boolean;
  where: string;
  /** A family whose interpolation has an open type: at least one key must fit its pattern. */
  pattern?: RegExp;
}

/** The keys a t() argument may be: literals, both arms of a condition, and template families expanded. */
function keysOf(checker: ts.TypeChecker, argument: ts.Expression): { keys: string[]; patterns: string[] } {
  if (ts.isStringLiteral(argument) || ts.isNoSubstitutionTemplateLiteral(argument)) return { keys: [argument.text], patterns: [] };
  if (ts.isParenthesizedExpression(argument)) return keysOf(checker, argument.expression);
  if (ts.isConditionalExpression(argument)) {
    const [yes, no] = [keysOf(checker, argument.whenTrue), keysOf(checker, argument.whenFalse)];
    return { keys: [...yes.keys, ...no.keys], patterns: [...yes.patterns, ...no.patterns] };
  }
  if (ts.isTemplateExpression(argument)) {
    let keys = [argument.head.text];
    let open = false;
    let pattern = escape(argument.head.text);
    for (const span of argument.templateSpans) {
      const values = literalValues(checker, span.expression);
      if (values === undefined) open = true;
      keys = values === undefined ? keys : keys.flatMap((start) => values.map((value) => start + value + span.literal.text));
      pattern += `[^.]+${escape(span.literal.text)}`;
    }
    return open ? { keys: [], patterns: [pattern] } : { keys, patterns: [] };
  }
  return { keys: [], patterns: [] };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const hasCount = (options: ts.Expression | undefined) =>
  Boolean(options && ts.isObjectLiteralExpression(options) && options.properties.some((property) => property.name && ts.isIdentifier(property.name) && property.name.text === 'count'));

/** The translation function: `t(…)`, `i18n.t(…)`. */
const isTranslation = (callee: ts.Expression) => (ts.isIdentifier(callee) && callee.text === 't') || (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');

function usesInApp(): Use[] {
  const program = appProgram();
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !source.fileName.startsWith(path.join(root, 'src'))) continue;
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node) && isTranslation(node.expression) && node.arguments[0]) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        const where = `${path.relative(root, source.fileName)}:${line + 1}`;
        const plural = hasCount(node.arguments[1]);
        const { keys, patterns } = keysOf(checker, node.arguments[0]);
        uses.push(...keys.map((key) => ({ key, plural, where })));
        uses.push(...patterns.map((pattern) => ({ key: pattern, plural, where, pattern: new RegExp(`^${pattern}(_one|_other)?$`) })));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
}

const allKeys = (catalogue: object, prefix = ''): string[] =>
  Object.entries(catalogue).flatMap(([key, value]) => (value && typeof value === 'object' ? allKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));

describe('keys the code asks for', () => {
  const uses = usesInApp();

  it('finds the app\'s translations, vocabulary families included', () => {
    expect(uses.length).toBeGreaterThan(500);
    expect(uses.map((use) => use.key)).toEqual(expect.arrayContaining(['reviews.states.draft', 'reviews.states.approved', 'activities.kinds.workshop']));
  });

  it.each(Object.entries(catalogues))('are strings in the %s catalogue, never missing or an object', (_, catalogue) => {
    const keys = allKeys(catalogue);
    const broken = uses
      .filter((use) => (use.pattern ? !keys.some((key) => use.pattern!.test(key) && typeof lookup(catalogue, key) === 'string') : !isString(catalogue, use.key, use.plural)))
      .map((use) => `${use.where} ${use.key}${typeof lookup(catalogue, use.key) === 'object' ? ' (an object)' : ''}`);
    expect(broken).toEqual([]);
  });
});
