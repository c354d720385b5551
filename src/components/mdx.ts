// Components every page may use without importing them (see content/README.md). The tools
// (./tools.ts) are added only on the route of the tool pages, so their CSS stays off the others.
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import CodeBlock from './CodeBlock.astro';
import MarkdownTable from './MarkdownTable.astro';
import Link from './Link.astro';
import Aside from './Aside.astro';
import Term from './Term.astro';
import Source from './Source.astro';
import SourceEntry from './SourceEntry.astro';
import ComparisonTable from './ComparisonTable.astro';
import RatingsTable from './RatingsTable.astro';
import LayerStack from './LayerStack.astro';
import BootPaths from './BootPaths.astro';
import Glossary from './Glossary.astro';

export const mdxComponents = {
  h2: H2,
  h3: H3,
  h4: H4,
  pre: CodeBlock,
  table: MarkdownTable,
  a: Link,
  Aside,
  Term,
  Source,
  SourceEntry,
  ComparisonTable,
  RatingsTable,
  LayerStack,
  BootPaths,
  Glossary,
};
