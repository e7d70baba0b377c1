import { UsageError, type CliCommand, type CliContext } from '../context';
import { cardsCommand } from './cards';
import { devicesCommand } from './devices';
import { decodeCommand } from './decode';
import { exhibitorsCommand } from './exhibitors';
import { eventsCommand } from './events';
import { customersCommand } from './customers';
import { exportCommand } from './export';
import { importExhibitorsCommand } from './importExhibitors';
import { importRosterCommand } from './importRoster';
import { leadsCommand } from './leads';
import { linkCommand } from './link';
import { pairCommand } from './pair';
import { pipelineCommand } from './pipeline';
import { reclassifyCommand } from './reclassify';
import { replayCommand } from './replay';
import { retentionCommand } from './retention';
import { revokeBadgeCommand } from './revokeBadge';
import { segmentsCommand } from './segments';
import { statsCommand } from './stats';
import { visitorCommand } from './visitor';

export const COMMANDS: Record<string, CliCommand> = {
  pair: pairCommand,
  'import-roster': importRosterCommand,
  export: exportCommand,
  exhibitors: exhibitorsCommand,
  leads: leadsCommand,
  decode: decodeCommand,
  cards: cardsCommand,
  devices: devicesCommand,
  'revoke-badge': revokeBadgeCommand,
  replay: replayCommand,
  stats: statsCommand,
  reclassify: reclassifyCommand,
  visitor: visitorCommand,
  events: eventsCommand,
  'import-exhibitors': importExhibitorsCommand,
  link: linkCommand,
  retention: retentionCommand,
  segments: segmentsCommand,
  pipeline: pipelineCommand,
  customers: customersCommand,
};

export function helpText(): string {
  const lines = ['Usage: npx showfloor COMMAND [options]   (or: npm run cli -- COMMAND [options])', '', 'Commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${c.usage.padEnd(70)} ${c.summary}`.replace(`  ${name}`, `  ${name}`));
  lines.push('', 'Environment: DATA_DIR (default ./data), DATABASE_URL (PostgreSQL instead of the embedded database), PUBLIC_URL.');
  return lines.join('\n');
}

/** Runs one command; usage mistakes print the command's usage and exit 64 (EX_USAGE). */
export async function runCommand(ctx: CliContext, argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) {
    ctx.err(name && name !== 'help' && name !== '--help' ? `unknown command "${name}"\n\n${helpText()}` : helpText());
    return name && name !== 'help' && name !== '--help' ? 64 : 0;
  }
  try {
    return await command.run(ctx, args);
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      ctx.err(`${(error as Error).message}\nusage: npx showfloor ${command.usage}`);
      return 64;
    }
    throw error;
  }
}
