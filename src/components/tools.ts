// The interactive tools, available in MDX by name on the tool pages' route only ([page].astro).
import ComparisonExplorer from './ComparisonExplorer.astro';
import ScenarioChooser from './ScenarioChooser.astro';

export const toolComponents = { ComparisonExplorer, ScenarioChooser };
