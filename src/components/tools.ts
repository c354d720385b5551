// Interactive tools and generated pages, available in MDX by name.
import Glossary from './Glossary.astro';
import ScenarioChooser from './ScenarioChooser.astro';

export const toolComponents = { Glossary, ScenarioChooser };
