// The database's judgement of a statement: the plan EXPLAIN returns, walked operator by operator. Only
// a plain read of the graph passes: no LoadCSV, no procedure off the read list, no SHOW or TERMINATE
// command but the schema listings, and no operator that writes.
import { isReadProcedure } from './guard.js';

export interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

const READ_SHOW_OPERATORS = new Set(['ShowIndexes', 'ShowConstraints', 'ShowFunctions', 'ShowProcedures']);
const WRITE_OPERATOR =
  /^(Create|Merge|Delete|DetachDelete|Set|Remove|Foreach|TransactionForeach|TransactionApply|LoadCSV)/;

/** The reason the plan may not run on the read-only path, or null when it is a plain read. */
export function planRefusal(plan: PlanNode | false | null | undefined): string | null {
  if (!plan) return 'The database gave no plan for this statement, so it cannot be checked.';
  const stack: PlanNode[] = [plan];
  while (stack.length) {
    const node = stack.pop()!;
    const op = node.operatorType.replace(/@.*$/, '');
    if (op === 'LoadCSV') return 'LOAD CSV is not allowed on the read-only path.';
    if (/^(Show|Terminate)/.test(op) && !READ_SHOW_OPERATORS.has(op))
      return 'Only SHOW INDEXES, CONSTRAINTS, FUNCTIONS and PROCEDURES are allowed.';
    if (WRITE_OPERATOR.test(op)) return 'Only read queries are allowed.';
    if (op === 'ProcedureCall') {
      const details = typeof node.arguments?.Details === 'string' ? node.arguments.Details : '';
      const name = /^\s*`?([\w.`]+?)`?\s*\(/.exec(details)?.[1]?.replace(/`/g, '');
      if (!name || !isReadProcedure(name))
        return `The procedure ${name ?? '(unknown)'} is not allowed on the read-only path.`;
    }
    stack.push(...(node.children ?? []));
  }
  return null;
}
