/**
 * A list edited as one line of text (GB/T codes separated by spaces, keywords by |). The field
 * keeps exactly what staff type — the space or | before the next item included — and hands the
 * parsed list up on every keystroke; when the list changes from outside (defaults restored, a row
 * removed) the field shows the new list.
 */
import { useState, type TextareaHTMLAttributes } from 'react';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement> & TextareaHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: readonly string[];
  onChange(list: string[]): void;
  parse(text: string): string[];
  format(list: readonly string[]): string;
  multiline?: boolean;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function ListText({ value, onChange, parse, format, multiline, ...rest }: Props) {
  const [typed, setTyped] = useState(() => format(value));
  // What was typed while it still says the list; the list itself once it was changed elsewhere.
  const text = same(parse(typed), value) ? typed : format(value);
  const change = (next: string) => {
    setTyped(next);
    onChange(parse(next));
  };
  return multiline ? <textarea {...rest} value={text} onChange={(e) => change(e.currentTarget.value)} /> : <input {...rest} value={text} onChange={(e) => change(e.currentTarget.value)} />;
}
