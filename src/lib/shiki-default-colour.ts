/**
 * A Shiki transformer that unwraps the tokens drawn in a block's default colours. Their text then
 * inherits exactly those colours from the line (the line's span takes the custom properties the
 * `<pre>` sets), so the block looks the same with fewer bytes: in JSON every `"`, `:` and `,` is
 * otherwise a span of its own.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const defaultColours = (style: unknown): string | undefined => {
  const found = /--shiki-light:(#[0-9a-f]+);--shiki-dark:(#[0-9a-f]+)/i.exec(String(style ?? ''));
  return found ? `--shiki-light:${found[1]};--shiki-dark:${found[2]}`.toLowerCase() : undefined;
};

/** A span that only colours its text, in exactly the given style (no italics or other additions). */
const isPlain = (node: HastNode, style: string) =>
  node.type === 'element' &&
  node.tagName === 'span' &&
  Object.keys(node.properties ?? {}).join() === 'style' &&
  String(node.properties!.style).toLowerCase() === style &&
  (node.children ?? []).every((child) => child.type === 'text');

export const unwrapDefaultColour = {
  name: 'atlas:unwrap-default-colour',
  pre(pre: HastNode) {
    const style = defaultColours(pre.properties?.style);
    if (!style) return;
    for (const code of pre.children ?? [])
      for (const line of code.children ?? [])
        if (line.children) line.children = line.children.flatMap((token) => (isPlain(token, style) ? token.children! : [token]));
  },
};
