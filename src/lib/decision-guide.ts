/**
 * Checks of the decision guide's data (`diagrams.json` → `decisionGuide`): the questions form one
 * forward-only path, and every verdict links to an explorer or chooser view that opens exactly as
 * written, with nothing ignored and nothing rewritten.
 */
import type { DecisionGuideData, ToolLink } from '../schemas/atlas';
import { parseCompareState, serializeCompareState, type Catalog } from './compare-state';
import { parseChooseState, serializeChooseState, type ChooseIds } from './choose-state';

export interface ToolIds {
  catalog: Catalog;
  choose: ChooseIds;
}

/** Problems with one tool link: input its page would ignore, or a spelling other than the canonical one. */
export function toolLinkProblems(link: ToolLink, ids: ToolIds): string[] {
  if (link.page === 'compare') {
    const { state, ignored } = parseCompareState(link.query, ids.catalog);
    const canonical = serializeCompareState(state, ids.catalog);
    return [
      ...ignored.map((item) => `the explorer would ignore ${item}`),
      ...(ignored.length === 0 && canonical !== link.query ? [`not the explorer's own spelling (write "${canonical}")`] : []),
    ];
  }
  const { state, ignored } = parseChooseState(link.query, ids.choose);
  const canonical = serializeChooseState(state, ids.choose);
  return [
    ...ignored.map((item) => `the chooser would ignore ${item}`),
    ...(ignored.length === 0 && state.selection.length === 0 ? ['chooses no scenario, so the chooser would rank nothing'] : []),
    ...(ignored.length === 0 && canonical !== link.query ? [`not the chooser's own spelling (write "${canonical}")`] : []),
  ];
}

/** Every problem of the guide, each prefixed with its field path (`questions[2].answers[0].next`). */
export function decisionGuideProblems(guide: DecisionGuideData, ids: ToolIds): string[] {
  const problems: string[] = [];
  const order = guide.questions.map((question) => question.id);
  const position = (id: string) => order.indexOf(id);
  const reached = new Set<string>([order[0] ?? '']);

  order.forEach((id, i) => {
    if (order.indexOf(id) !== i) problems.push(`questions[${i}].id: "${id}" is used twice`);
  });
  guide.questions.forEach((question, q) => {
    question.answers.forEach((answer, a) => {
      const at = `questions[${q}].answers[${a}]`;
      const leaf = answer.verdict !== undefined || answer.tool !== undefined;
      if (answer.next !== undefined && leaf) problems.push(`${at}: an answer either goes to the next question or gives a verdict, not both`);
      if (answer.next === undefined && !(answer.verdict && answer.tool))
        problems.push(`${at}: a final answer needs both a verdict and a tool link`);
      if (answer.then !== undefined && !leaf) problems.push(`${at}.then: only a final answer can lead on to another question`);
      for (const field of ['next', 'then'] as const) {
        const target = answer[field];
        if (target === undefined) continue;
        if (position(target) < 0) problems.push(`${at}.${field}: unknown question "${target}"`);
        else if (position(target) <= q) problems.push(`${at}.${field}: "${target}" does not come later, so the guide could loop`);
        else reached.add(target);
      }
      if (answer.tool) for (const problem of toolLinkProblems(answer.tool, ids)) problems.push(`${at}.tool.query: ${problem}`);
    });
  });
  guide.questions.forEach((question, q) => {
    if (!reached.has(question.id)) problems.push(`questions[${q}]: no answer leads to "${question.id}"`);
  });
  return problems;
}
