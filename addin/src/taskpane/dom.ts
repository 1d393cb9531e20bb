/** Attributes `h` sets: strings become attributes, functions under `on…` become listeners. */
export type Attributes = Record<string, string | boolean | number | ((event: Event) => void) | undefined>;

/** A child: an element, or a string that becomes a text node (never parsed as HTML). */
export type Child = Node | string | null | undefined | false;

/**
 * Creates an element. Strings become text nodes, so cell text can never inject markup: the pane
 * never assigns `innerHTML`.
 *
 * @example
 * h('li', { class: 'issue' }, '<img src=x onerror=alert(1)>'); // an <li> whose text is that string
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/**
 * Replaces an element's children.
 *
 * @example
 * fill(list, ...items.map((item) => h('li', {}, item)));
 */
export function fill(parent: Element, ...children: Child[]): void {
  parent.replaceChildren(...children.filter((child): child is Node | string => child !== null && child !== undefined && child !== false));
}
