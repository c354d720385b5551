// Interactive tools and generated pages, available in MDX by name.
import Glossary from './Glossary.astro';

export const toolComponents = { Glossary };
