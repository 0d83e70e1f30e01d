import { escapeRegExp } from '../src/text/escape-reg-exp';
import { TICKET_PRESETS, presetFieldProblem, type TicketPreset } from '../src/ticket/ticket-presets';

/** The ticket system select's two choices besides the presets. */
export const NO_TICKET_SYSTEM = 'none';
export const CUSTOM_TEMPLATE = 'custom';

export interface TicketChoice {
  /** NO_TICKET_SYSTEM, CUSTOM_TEMPLATE or a preset id. */
  system: string;
  /** The preset's answers, by field id. */
  presetValues: Record<string, string>;
}

export function findPreset(id: string): TicketPreset | undefined {
  return TICKET_PRESETS.find((preset) => preset.id === id);
}

/** What the preset makes of these answers, or undefined while an answer does not fit. */
export function presetOutput(preset: TicketPreset, values: Record<string, string>): ReturnType<TicketPreset['build']> | undefined {
  const trimmed = Object.fromEntries(preset.fields.map((f) => [f.id, (values[f.id] ?? '').trim()]));
  return presetFieldProblem(preset, trimmed) ? undefined : preset.build(trimmed);
}

/**
 * Which preset, if any, made this template, with the answers that made it: so a saved template
 * opens as "Zendesk" with its subdomain filled in rather than as a long custom URL.
 */
export function detectTicketSystem(template: string): TicketChoice {
  if (!template) return { system: NO_TICKET_SYSTEM, presetValues: {} };
  for (const preset of TICKET_PRESETS) {
    const marks = preset.fields.map((_, i) => `\u0000${i}\u0000`);
    const built = preset.build(Object.fromEntries(preset.fields.map((f, i) => [f.id, marks[i]]))).ticketUrlTemplate;
    if (!built) continue;
    let source = escapeRegExp(built);
    marks.forEach((mark, i) => {
      const [first, ...rest] = source.split(mark);
      source = rest.length ? `${first}(?<f${i}>.+?)${rest.join(`\\k<f${i}>`)}` : first;
    });
    const groups = new RegExp(`^${source}$`).exec(template)?.groups ?? (preset.fields.length ? undefined : {});
    if (!groups) continue;
    const values = Object.fromEntries(preset.fields.map((f, i) => [f.id, groups[`f${i}`] ?? '']));
    if (!presetFieldProblem(preset, values)) return { system: preset.id, presetValues: values };
  }
  return { system: CUSTOM_TEMPLATE, presetValues: {} };
}
