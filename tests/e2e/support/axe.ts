/** An axe-core scan of the page as it is now: the violations that block or seriously hinder people. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export interface AxeProblem {
  page: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A and AA plus axe's best practices; only serious and critical findings are returned. */
export async function seriousViolations(page: Page, name: string): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ page: name, rule: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
}
