// Builds elements without HTML strings: text always goes in as text nodes, never as markup.

/**
 * h('button', { class: 'primary', 'data-action': 'create' }, '新建界别')
 * Props: `class`, `text` (textContent), `dataset` (object), anything else as an attribute
 * (true gives an empty attribute, false/null/undefined leaves it out). Children: nodes or strings.
 */
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
  return node;
}

/** Saves a downloaded Blob under a file name: the download went through fetch, so it carried the session. */
export function saveBlob(blob, filename) {
  const link = h('a', { href: URL.createObjectURL(blob), download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
