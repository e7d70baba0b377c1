/** A stored tier with what placed the customer there: the rule version, the value and its inputs. */
import { useTranslation } from 'react-i18next';
import { useFormat } from './shared';

interface StoredTier {
  tier: string;
  ruleVersion: number;
  value: number;
  inputs: unknown;
}

export function TierExplained({ tier }: { tier: StoredTier }) {
  const { t } = useTranslation('customers');
  const f = useFormat();
  const inputs = (tier.inputs ?? {}) as { days?: number; hotLeads?: number; purchaseRole?: string; measure?: string; editions?: string[] };
  const why =
    inputs.measure !== undefined
      ? t('tier.companyInputs', { measure: t(`tiers.measures.${inputs.measure}`, { defaultValue: inputs.measure }), editions: inputs.editions?.length ?? 0 })
      : t('tier.contactInputs', { days: inputs.days ?? 0, hot: inputs.hotLeads ?? 0, role: inputs.purchaseRole ? t(`tier.roles.${inputs.purchaseRole}`, { defaultValue: inputs.purchaseRole }) : t('tier.roles.none') });
  return (
    <span data-testid="tier-explained">
      <strong>{tier.tier}</strong> · {t('tier.explained', { version: tier.ruleVersion, value: f.n(tier.value) })} · {why}
    </span>
  );
}
