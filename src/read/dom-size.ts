/** Measures a DOM without recursion, so a page nested thousands of levels deep can be judged safely. */

/** How many elements a tree holds and how deeply they nest. */
export interface DomSize {
  readonly elements: number;
  readonly depth: number;
}

/** The minimal element surface walked here. */
interface ElementLike {
  readonly firstElementChild: ElementLike | null;
  readonly nextElementSibling: ElementLike | null;
}

/** Counts the elements under `root` and their deepest nesting, stopping once `limit` elements are seen. */
export function domSize(root: ElementLike, limit: number): DomSize {
  let elements = 0;
  let depth = 0;
  const stack: Array<readonly [ElementLike, number]> = [[root, 1]];
  for (let entry = stack.pop(); entry !== undefined && elements <= limit; entry = stack.pop()) {
    const [element, level] = entry;
    elements += 1;
    depth = Math.max(depth, level);
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) stack.push([child, level + 1]);
  }
  return { elements, depth };
}
