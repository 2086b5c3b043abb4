/**
 * Member names of the Apps Script interfaces, read from @types/google-apps-script, so tests can
 * check that every fake method exists in the real service (a fake that offers more than Apps Script
 * would let broken code pass).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

let cache: Map<string, Set<string>> | null = null;

/** Members of e.g. 'Spreadsheet.Range' or 'Base.Ui' (namespace path below GoogleAppsScript). */
export function apiMembers(qualifiedName: string): Set<string> {
  cache ??= readDeclarations();
  const members = cache.get(qualifiedName);
  if (!members) throw new Error(`No Apps Script interface ${qualifiedName} in @types/google-apps-script`);
  return members;
}

function readDeclarations(): Map<string, Set<string>> {
  const dir = path.dirname(require.resolve('@types/google-apps-script/package.json'));
  const out = new Map<string, Set<string>>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
    const source = ts.createSourceFile(file, fs.readFileSync(path.join(dir, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node, namespace: string[]): void => {
      if (ts.isModuleDeclaration(node)) {
        const name = node.name.getText(source);
        const inner = name === 'GoogleAppsScript' ? [] : [...namespace, name];
        if (node.body) ts.forEachChild(node.body, (child) => visit(child, inner));
        return;
      }
      if (ts.isInterfaceDeclaration(node)) {
        const key = [...namespace, node.name.text].join('.');
        const members = out.get(key) ?? new Set<string>();
        for (const member of node.members) if (member.name) members.add(member.name.getText(source));
        out.set(key, members);
        return;
      }
      ts.forEachChild(node, (child) => visit(child, namespace));
    };
    visit(source, []);
  }
  return out;
}

/** Function-valued properties reachable on instances of `cls` (what code under test can call). */
export function fakeMethods(cls: { prototype: object }): string[] {
  const names = new Set<string>();
  for (let proto: object | null = cls.prototype; proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const name of Object.getOwnPropertyNames(proto)) names.add(name);
  }
  const instanceView = cls.prototype as Record<string, unknown>;
  return [...names].filter((name) => name !== 'constructor' && typeof instanceView[name] === 'function').sort();
}
