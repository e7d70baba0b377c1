/** The event's taxonomies as the console shows names from them (defaults until the server answers). */
import { useEffect, useMemo, useState } from 'react';
import { labeller, type Labeller } from '../../../core/stats/labels';
import type { TaxonomyLocale } from '../../../core/taxonomy/labels';
import { DEFAULT_TAXONOMIES, type EventTaxonomies } from '../../../core/taxonomy/schema';
import { taxonomiesApi } from '../../../core/api/console/taxonomies';
import { call } from '../../net/client';

export function asTaxonomyLocale(lang: string): TaxonomyLocale {
  return lang === 'en' || lang === 'zh-TW' ? lang : 'zh-CN';
}

export function useTaxonomies(): EventTaxonomies {
  const [tax, setTax] = useState<EventTaxonomies>(DEFAULT_TAXONOMIES);
  useEffect(() => {
    let live = true;
    call(taxonomiesApi.get, {}).then(
      (r) => live && setTax(r.taxonomies),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return tax;
}

export function useLabeller(lang: string): Labeller {
  const tax = useTaxonomies();
  return useMemo(() => labeller(tax, asTaxonomyLocale(lang)), [tax, lang]);
}
