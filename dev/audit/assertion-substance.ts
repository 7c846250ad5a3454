/**
 * Checks that an assertion can only pass on a conforming host: it does not sit only behind conditions the host
 * controls, it does not compare a host answer with itself, and it does not take a hash or a signature from the
 * host where the kit must recompute it. Read from the syntax tree of a scenario file.
 */
import ts from 'typescript';

export interface AssertionCall {
  node: ts.CallExpression;
  method: string;
  rule: string | null;
}

export interface SubstanceProblem {
  node: ts.Node;
  message: string;
}

/** Members that carry a digest or a signature a host computed. */
const HOST_HASH = /(^|_)hash$|signature|^digest$|^sha256$/i;
/** Calls that recompute a digest or verify a signature on the kit's side. */
const RECOMPUTE = new Set(['digest', 'jcs', 'createHash', 'createHmac', 'verifyCallback', 'signCallback', 'nextPrevEventHash', 'verifyLedgerChain']);

function unwrap(node: ts.Expression): ts.Expression {
  let current = node;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isNonNullExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

/** `const name = <initializer>` bindings of the file, by name (the first wins). */
function constInitializers(tree: ts.SourceFile): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of node.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer && !found.has(declaration.name.text)) {
          found.set(declaration.name.text, declaration.initializer);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

/** A chain of reads (`a.b['c'].d`): what a const bound to it stands for, unlike a call, an await or a new value. */
function isReadChain(node: ts.Expression): boolean {
  const bare = unwrap(node);
  if (ts.isIdentifier(bare)) return true;
  if (ts.isPropertyAccessExpression(bare)) return isReadChain(bare.expression);
  if (ts.isElementAccessExpression(bare)) return ts.isLiteralExpression(bare.argumentExpression) && isReadChain(bare.expression);
  return false;
}

/**
 * Source text of an expression with whitespace, optional chaining and type assertions removed, and consts
 * bound to read chains replaced by what they read: `const s = run.state` reads as `run.state`. Two requests
 * (`await t.http.request(…)` twice) or two new arrays stay two different names.
 */
function shape(node: ts.Expression, tree: ts.SourceFile, consts: ReadonlyMap<string, ts.Expression>, depth = 0): string {
  const bare = unwrap(node);
  if (ts.isIdentifier(bare) && depth < 4) {
    const bound = consts.get(bare.text);
    if (bound !== undefined && isReadChain(bound)) return shape(bound, tree, consts, depth + 1);
  }
  return bare.getText(tree).replace(/\s+/g, '').replace(/\?\./g, '.').replace(/!(?=[.[])/g, '');
}

/** Names and string-literal keys an expression reads, including through consts bound to anything. */
function memberNames(node: ts.Node, consts: ReadonlyMap<string, ts.Expression>, seen = new Set<string>()): string[] {
  const names: string[] = [];
  const visit = (child: ts.Node): void => {
    if (ts.isPropertyAccessExpression(child)) names.push(child.name.text);
    else if (ts.isElementAccessExpression(child) && ts.isStringLiteralLike(child.argumentExpression)) names.push(child.argumentExpression.text);
    else if (ts.isIdentifier(child) && consts.has(child.text) && !seen.has(child.text)) {
      seen.add(child.text);
      names.push(...memberNames(consts.get(child.text)!, consts, seen));
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return names;
}

/** Whether the expression (through the consts it uses) calls one of the kit's recomputations. */
function recomputes(node: ts.Node, consts: ReadonlyMap<string, ts.Expression>, seen = new Set<string>()): boolean {
  let found = false;
  const visit = (child: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(child)) {
      const callee = unwrap(child.expression);
      const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
      if (RECOMPUTE.has(name)) found = true;
    }
    if (ts.isIdentifier(child) && consts.has(child.text) && !seen.has(child.text)) {
      seen.add(child.text);
      if (recomputes(consts.get(child.text)!, consts, seen)) found = true;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

function isLiteral(node: ts.Expression): boolean {
  const bare = unwrap(node);
  return (
    ts.isLiteralExpression(bare) ||
    bare.kind === ts.SyntaxKind.NullKeyword ||
    bare.kind === ts.SyntaxKind.TrueKeyword ||
    bare.kind === ts.SyntaxKind.FalseKeyword ||
    (ts.isIdentifier(bare) && bare.text === 'undefined') ||
    ts.isNoSubstitutionTemplateLiteral(bare)
  );
}

function readsHostHash(node: ts.Expression, consts: ReadonlyMap<string, ts.Expression>): boolean {
  return memberNames(node, consts).some((name) => HOST_HASH.test(name));
}

/** A pair of compared expressions: a host answer compared with itself, or a host hash compared without recomputing. */
function comparisonProblem(
  left: ts.Expression,
  right: ts.Expression,
  tree: ts.SourceFile,
  consts: ReadonlyMap<string, ts.Expression>,
): string | null {
  if (!isLiteral(left) && shape(left, tree, consts) === shape(right, tree, consts)) {
    return `compares ${left.getText(tree)} with itself (${right.getText(tree)}): it passes whatever the host answers`;
  }
  const hostHash = readsHostHash(left, consts) || readsHostHash(right, consts);
  if (hostHash && !isLiteral(left) && !isLiteral(right) && !recomputes(left, consts) && !recomputes(right, consts)) {
    return `compares a hash or signature the host computed (${left.getText(tree)} vs ${right.getText(tree)}) without recomputing it (digest, jcs, createHmac, verifyCallback…)`;
  }
  return null;
}

const EQUALITY: ReadonlySet<ts.SyntaxKind> = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** Self-comparisons and unrecomputed hash comparisons in assertEqual operands and assertTrue conditions. */
export function comparisonProblems(calls: readonly AssertionCall[], tree: ts.SourceFile): SubstanceProblem[] {
  const consts = constInitializers(tree);
  const problems: SubstanceProblem[] = [];
  for (const { node, method } of calls) {
    if (method === 'assertEqual' && node.arguments.length >= 4) {
      const problem = comparisonProblem(node.arguments[2]!, node.arguments[3]!, tree, consts);
      if (problem !== null) problems.push({ node, message: `assertEqual ${problem}` });
    }
    if (method === 'assertTrue' && node.arguments[2] !== undefined) {
      const visit = (child: ts.Node): void => {
        if (ts.isBinaryExpression(child) && EQUALITY.has(child.operatorToken.kind)) {
          const problem = comparisonProblem(child.left, child.right, tree, consts);
          if (problem !== null) problems.push({ node, message: `assertTrue condition ${problem}` });
        }
        ts.forEachChild(child, visit);
      };
      visit(node.arguments[2]);
    }
  }
  return problems;
}

/** The branch of `parent` that `child` sits in, when `parent` runs it only on some condition. */
function conditionalBranches(parent: ts.Node, child: ts.Node): { taken: ts.Node; others: ts.Node[] } | null {
  if (ts.isIfStatement(parent) && child !== parent.expression) {
    return { taken: child, others: child === parent.thenStatement ? (parent.elseStatement ? [parent.elseStatement] : []) : [parent.thenStatement] };
  }
  if (ts.isConditionalExpression(parent) && child !== parent.condition) {
    return { taken: child, others: [child === parent.whenTrue ? parent.whenFalse : parent.whenTrue] };
  }
  if (ts.isBinaryExpression(parent) && child === parent.right) {
    const kind = parent.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken) {
      return { taken: child, others: [] };
    }
  }
  if (ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
    const clauses = parent.parent.clauses.filter((clause) => clause !== parent);
    return { taken: parent, others: clauses };
  }
  if (ts.isCatchClause(parent)) return { taken: child, others: [] };
  return null;
}

function citesRule(node: ts.Node, rule: string, calls: readonly AssertionCall[]): boolean {
  return calls.some((call) => call.rule === rule && call.node.pos >= node.pos && call.node.end <= node.end);
}

/**
 * An assertion is conditional when it sits in a branch (if, ?:, the right of && || ??, a switch case, a catch)
 * whose alternatives do not assert the same rule: a host can steer the scenario past it.
 */
function isConditional(call: AssertionCall, calls: readonly AssertionCall[]): boolean {
  let child: ts.Node = call.node;
  for (let parent = child.parent; parent !== undefined; child = parent, parent = parent.parent) {
    const branches = conditionalBranches(parent, child);
    if (branches === null) continue;
    const covered = branches.others.length > 0 && branches.others.every((other) => citesRule(other, call.rule!, calls));
    if (!covered) return true;
  }
  return false;
}

/** Rules every assertion of which is conditional: the scenario can pass without ever checking them. */
export function conditionalOnlyRules(calls: readonly AssertionCall[]): string[] {
  const rules = [...new Set(calls.map((call) => call.rule).filter((rule): rule is string => rule !== null))];
  return rules.filter((rule) => calls.filter((call) => call.rule === rule).every((call) => isConditional(call, calls)));
}
