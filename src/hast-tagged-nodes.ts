/**
 * How remark-rehype turns the nodes sourced's remark plugins make (`sentence`, `statement`, `number`) into
 * elements: as mdast-util-to-hast does any node it does not know, an element named by `data.hName` with
 * `data.hProperties`, except that the properties are copied instead of going through `structuredClone`,
 * which costs about a microsecond a node and an article has a hundred of them. Their values are strings,
 * numbers, booleans and lists of them.
 */
import type { Element, ElementContent, Properties } from "hast";
import type { Nodes } from "mdast";
import type { Options } from "remark-rehype";
import "./mdast.ts";

type Handlers = NonNullable<Options["handlers"]>;
type State = Parameters<NonNullable<Handlers["sentence"]>>[0];

/** The element for a tagged node: its children, `data.hName` (`div` without one), a copy of `data.hProperties`. */
function taggedElement(state: State, node: Nodes): Element {
  const data = node.data as { hName?: unknown; hProperties?: Properties; hChildren?: ElementContent[] } | undefined;
  const result: Element = { type: "element", tagName: "div", properties: {}, children: state.all(node) };
  state.patch(node, result);
  if (typeof data?.hName === "string") result.tagName = data.hName;
  if (data?.hProperties) result.properties = copyProperties(data.hProperties);
  if (data?.hChildren !== null && data?.hChildren !== undefined) result.children = data.hChildren;
  return result;
}

/** A copy of hast properties that shares no list with the original. */
function copyProperties(properties: Properties): Properties {
  const copy: Properties = {};
  for (const key in properties) {
    const value = properties[key];
    copy[key] = Array.isArray(value) ? [...value] : typeof value === "object" && value !== null ? structuredClone(value) : value;
  }
  return copy;
}

/** remark-rehype's `handlers` for sourced's node types. */
export const TAGGED_NODE_HANDLERS: Handlers = {
  sentence: taggedElement,
  statement: taggedElement,
  number: taggedElement,
};
