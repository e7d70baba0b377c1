import { z } from 'zod';

/** Organizer-editable text in every UI language (option labels, survey questions…). */
export const localizedTextSchema = z.object({
  'zh-CN': z.string().max(300),
  'zh-TW': z.string().max(300),
  en: z.string().max(300),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The label in `lang`, falling back to any language that has one. */
export function localized(text: LocalizedText, lang: string): string {
  const key = (lang in text ? lang : 'en') as keyof LocalizedText;
  return text[key] || text.en || text['zh-CN'] || text['zh-TW'];
}
