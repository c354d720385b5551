// Interactive tools and generated pages, available in MDX by name.
import ComparisonExplorer from './ComparisonExplorer.astro';
import Glossary from './Glossary.astro';
import ScenarioChooser from './ScenarioChooser.astro';

export const toolComponents = { ComparisonExplorer, Glossary, ScenarioChooser };
