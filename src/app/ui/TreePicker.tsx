/**
 * A searchable hierarchical picker (issue 18): the product-interest tree as groups that open and
 * close, a search box that shows the matches with the groups they sit in, and what was chosen as
 * removable chips above. Plain checkboxes and disclosure buttons, so Tab, Space and Enter work as
 * everywhere else; ArrowRight and ArrowLeft open and close a group from its button.
 */
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { labelKey } from '../../core/text/normalise';

export interface TreeOption {
  value: string;
  label: string;
  /** 0 for a top-level entry; options come in tree order (each after its parent). */
  depth: number;
}

interface Node extends TreeOption {
  children: Node[];
  /** The labels of its ancestors and itself, for search. */
  path: string;
}

export function buildTree(options: readonly TreeOption[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const o of options) {
    while (stack.length > o.depth) stack.pop();
    const parent = stack[stack.length - 1];
    const node: Node = { ...o, children: [], path: parent ? `${parent.path} ${o.label}` : o.label };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

/** The nodes to show for a query: matches, with their ancestors (open) and their descendants. */
function visibleFor(roots: readonly Node[], query: string): Set<string> | null {
  const q = labelKey(query.trim());
  if (!q) return null;
  const shown = new Set<string>();
  const walk = (node: Node, ancestors: Node[], inMatch: boolean): void => {
    const match = inMatch || labelKey(node.label).includes(q) || labelKey(node.value).includes(q);
    if (match) {
      shown.add(node.value);
      for (const a of ancestors) shown.add(a.value);
    }
    for (const c of node.children) walk(c, [...ancestors, node], match);
  };
  for (const r of roots) walk(r, [], false);
  return shown;
}

export interface TreePickerProps {
  options: readonly TreeOption[];
  selected: readonly string[];
  onChange(next: string[]): void;
  /** The id of the element naming the picker (the form's legend). */
  labelledBy: string;
  describedBy?: string;
}

export function TreePicker({ options, selected, onChange, labelledBy, describedBy }: TreePickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const roots = useMemo(() => buildTree(options), [options]);
  const labels = useMemo(() => new Map(options.map((o) => [o.value, o.label])), [options]);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const shown = useMemo(() => visibleFor(roots, query), [roots, query]);
  const chosen = new Set(selected);

  const toggle = (value: string, on: boolean) => onChange(on ? [...selected.filter((v) => v !== value), value] : selected.filter((v) => v !== value));
  const setGroup = (value: string, on: boolean) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (on) next.add(value);
      else next.delete(value);
      return next;
    });
  const onGroupKey = (event: KeyboardEvent, node: Node) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    setGroup(node.value, event.key === 'ArrowRight');
  };
  const chosenBelow = (node: Node): number => node.children.reduce((n, c) => n + (chosen.has(c.value) ? 1 : 0) + chosenBelow(c), 0);

  const renderNodes = (nodes: readonly Node[]) => (
    <ul className="tree-level">
      {nodes
        .filter((n) => !shown || shown.has(n.value))
        .map((node) => {
          const isOpen = shown ? true : open.has(node.value);
          const below = node.children.length ? chosenBelow(node) : 0;
          return (
            <li key={node.value} data-testid="tree-node" data-value={node.value}>
              <div className="tree-row">
                {node.children.length > 0 ? (
                  <button
                    type="button"
                    className="tree-toggle secondary"
                    aria-expanded={isOpen}
                    aria-controls={`${id}-${node.value}`}
                    aria-label={t(isOpen ? 'picker.close' : 'picker.open', { name: node.label })}
                    disabled={!!shown}
                    onClick={() => setGroup(node.value, !isOpen)}
                    onKeyDown={(e) => onGroupKey(e, node)}
                  >
                    <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                  </button>
                ) : (
                  <span className="tree-toggle-space" aria-hidden="true" />
                )}
                <label className="choice">
                  <input type="checkbox" checked={chosen.has(node.value)} onChange={(e) => toggle(node.value, e.target.checked)} />
                  {node.label}
                  {below > 0 && !isOpen && <span className="tree-count"> {t('picker.chosenBelow', { count: below })}</span>}
                </label>
              </div>
              {node.children.length > 0 && isOpen && <div id={`${id}-${node.value}`}>{renderNodes(node.children)}</div>}
            </li>
          );
        })}
    </ul>
  );

  return (
    <div className="tree-picker" role="group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      <div className="tree-chips" aria-live="polite" data-testid="picker-chips">
        {selected.length === 0 ? (
          <span className="muted">{t('picker.noneChosen')}</span>
        ) : (
          selected.map((value) => (
            <span key={value} className="chip" data-testid="picker-chip">
              {labels.get(value) ?? value}
              <button type="button" className="chip-remove" aria-label={t('picker.remove', { name: labels.get(value) ?? value })} onClick={() => toggle(value, false)}>
                ×
              </button>
            </span>
          ))
        )}
      </div>
      <label htmlFor={`${id}-q`} className="sr-only">
        {t('picker.search')}
      </label>
      <input id={`${id}-q`} type="search" placeholder={t('picker.search')} value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      {shown && shown.size === 0 ? <p className="muted">{t('picker.noMatch', { query: query.trim() })}</p> : renderNodes(roots)}
    </div>
  );
}
