/** The show's product-interest tree: categories with sub-categories, labels in three languages, stable ids. */
import { useTranslation } from 'react-i18next';
import { localized } from '../../../core/schema/localized';
import { label } from '../../../core/taxonomy/labels';
import type { ProductNode } from '../../../core/taxonomy/productInterest';
import { LabelInputs } from './LabelInputs';

function Nodes({ nodes, onChange, path }: { nodes: ProductNode[]; onChange(nodes: ProductNode[]): void; path: string }) {
  const { t, i18n } = useTranslation('taxonomy');
  const update = (i: number, node: ProductNode | null) => onChange(node ? nodes.map((n, k) => (k === i ? node : n)) : nodes.filter((_, k) => k !== i));
  return (
    <ul className="tree">
      {nodes.map((n, i) => {
        const owner = localized(n.labels, i18n.language) || n.id;
        return (
          <li key={`${path}-${i}`} data-node={n.id}>
            <div className="tree-node">
              <input value={n.id} aria-label={t('col.idOf', { owner })} onChange={(e) => update(i, { ...n, id: e.target.value })} />
              <LabelInputs value={n.labels} owner={owner} idPrefix={`node-${path}-${i}`} onChange={(labels) => update(i, { ...n, labels })} />
              <button type="button" className="secondary" onClick={() => update(i, { ...n, children: [...(n.children ?? []), { id: `${n.id}_${(n.children?.length ?? 0) + 1}`, labels: label('', '', '') }] })}>
                {t('product.addChild')}
              </button>
              <button type="button" className="secondary" aria-label={t('remove', { owner })} onClick={() => update(i, null)}>
                {t('removeShort')}
              </button>
            </div>
            {n.children && n.children.length > 0 && <Nodes nodes={n.children} path={`${path}-${i}`} onChange={(children) => update(i, children.length ? { ...n, children } : { id: n.id, labels: n.labels })} />}
          </li>
        );
      })}
    </ul>
  );
}

export function ProductTreeEditor({ nodes, onChange }: { nodes: ProductNode[]; onChange(nodes: ProductNode[]): void }) {
  const { t } = useTranslation('taxonomy');
  return (
    <section className="card" data-testid="product-editor">
      <h3>{t('product.title')}</h3>
      <p className="muted">{t('product.explain')}</p>
      <Nodes nodes={nodes} onChange={onChange} path="p" />
      <button type="button" className="secondary" onClick={() => onChange([...nodes, { id: `category_${nodes.length + 1}`, labels: label('', '', '') }])}>
        {t('product.add')}
      </button>
    </section>
  );
}
