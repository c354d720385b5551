import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../integrations/atlas';
import { navSlugs } from './nav';
import { catalogFromAtlas } from './compare-state';
import { decisionGuideProblems, toolLinkProblems, type ToolIds } from './decision-guide';
import { validateAtlasData } from './validate-data';
import type { DecisionGuideData } from '../schemas/atlas';

const data = validateAtlasData(await readDataFiles(process.cwd()), navSlugs);
const ids: ToolIds = {
  catalog: catalogFromAtlas(data, {}),
  choose: { scenarios: data.ratings.scenarios.map((s) => s.id), types: data.ratings.types },
};
const guide = (): DecisionGuideData => structuredClone(data.diagrams.decisionGuide);
const label = { zh: '视图', en: 'view' };

describe('the real decision guide', () => {
  it('has no problems', () => {
    expect(decisionGuideProblems(data.diagrams.decisionGuide, ids)).toEqual([]);
  });
  it('ends every verdict with a tool view, and every path at the host OS question', () => {
    const questions = data.diagrams.decisionGuide.questions;
    const leaves = questions.flatMap((q) => q.answers.filter((a) => a.next === undefined));
    expect(leaves.length).toBeGreaterThanOrEqual(10);
    expect(leaves.every((a) => a.tool && a.verdict)).toBe(true);
    const last = questions.at(-1)!.id;
    const beforeLast = questions.slice(0, -1).flatMap((q) => q.answers.filter((a) => a.next === undefined));
    expect(beforeLast.every((a) => a.then === last)).toBe(true);
    expect(new Set(leaves.map((a) => a.tool!.page))).toEqual(new Set(['compare', 'choose']));
  });
});

describe('tool links', () => {
  it('accepts canonical explorer and chooser views', () => {
    expect(toolLinkProblems({ page: 'compare', query: '?preset=container-vs-vm', label }, ids)).toEqual([]);
    expect(toolLinkProblems({ page: 'choose', query: '?s=microservices:3,ci-cd:2', label }, ids)).toEqual([]);
  });
  it('reports input the explorer would ignore', () => {
    expect(toolLinkProblems({ page: 'compare', query: '?kinds=vm-image,floppy-image', label }, ids)).toEqual([
      'the explorer would ignore kinds=floppy-image',
    ]);
  });
  it('reports a chooser weight it would correct', () => {
    expect(toolLinkProblems({ page: 'choose', query: '?s=hpc:7', label }, ids)).toEqual(['the chooser would ignore s=hpc:7→3']);
  });
  it('reports a spelling the page would rewrite', () => {
    expect(toolLinkProblems({ page: 'compare', query: '?kinds=vm-image,container-image', label }, ids)).toEqual([
      `not the explorer's own spelling (write "?kinds=container-image,vm-image")`,
    ]);
    expect(toolLinkProblems({ page: 'choose', query: '?s=ci-cd:2,microservices:3', label }, ids)).toEqual([
      `not the chooser's own spelling (write "?s=microservices:3,ci-cd:2")`,
    ]);
  });
  it('refuses a chooser view that ranks nothing', () => {
    expect(toolLinkProblems({ page: 'choose', query: '?sort=scenario', label }, ids)).toContain(
      'chooses no scenario, so the chooser would rank nothing',
    );
  });
});

describe('the path through the questions', () => {
  it('refuses an unknown next question', () => {
    const g = guide();
    g.questions[0]!.answers[0]!.next = 'nowhere';
    expect(decisionGuideProblems(g, ids)).toContain('questions[0].answers[0].next: unknown question "nowhere"');
  });
  it('refuses a step back, which could loop', () => {
    const g = guide();
    g.questions[2]!.answers[0]!.next = g.questions[1]!.id;
    expect(decisionGuideProblems(g, ids)).toContain(
      `questions[2].answers[0].next: "${g.questions[1]!.id}" does not come later, so the guide could loop`,
    );
  });
  it('refuses a final answer without a tool link', () => {
    const g = guide();
    delete g.questions[0]!.answers[1]!.tool;
    expect(decisionGuideProblems(g, ids)).toContain('questions[0].answers[1]: a final answer needs both a verdict and a tool link');
  });
  it('refuses a question no answer leads to', () => {
    const g = guide();
    const second = g.questions[1]!.id;
    g.questions[0]!.answers[0]!.next = g.questions[2]!.id;
    expect(decisionGuideProblems(g, ids)).toContain(`questions[1]: no answer leads to "${second}"`);
  });
  it('refuses an answer that both continues and decides', () => {
    const g = guide();
    g.questions[0]!.answers[0]!.verdict = { zh: '结论', en: 'verdict' };
    expect(decisionGuideProblems(g, ids)).toContain(
      'questions[0].answers[0]: an answer either goes to the next question or gives a verdict, not both',
    );
  });
});
