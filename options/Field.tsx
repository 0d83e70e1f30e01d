import type { ComponentChildren } from 'preact';

/** The ids a control points at with aria-describedby: its hint, its error and the lock note. */
export function describedBy(id: string, parts: { hint?: unknown; error?: unknown; locked?: boolean }): string | undefined {
  const ids = [parts.locked && `${id}-locked`, parts.error && `${id}-error`, parts.hint && `${id}-hint`].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function LockedNote({ id, text }: { id: string; text: string }) {
  return (
    <span class="locked" id={`${id}-locked`}>
      <svg class="lock-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <path fill="currentColor" d="M8 1a3.5 3.5 0 0 0-3.5 3.5V7H4a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V8a1 1 0 0 0-1-1h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V7H6V4.5Z" />
      </svg>
      {text}
    </span>
  );
}

export function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p class="field-error" id={`${id}-error`}>
      {message}
    </p>
  ) : null;
}

export function FieldHint({ id, hint }: { id: string; hint?: ComponentChildren }) {
  return hint ? (
    <p class="hint" id={`${id}-hint`}>
      {hint}
    </p>
  ) : null;
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error?: string;
  /** Set by policy: shown, not editable. */
  lockedText?: string;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  spellcheck?: boolean;
  onInput: (value: string) => void;
  /** The person finished an edit (the change event): errors show from then on. */
  onCommit: () => void;
}

/** A labelled text input or textarea with its hint, its error and, when policy sets it, the lock note. */
export function TextField({ id, label, hint, value, error, lockedText, multiline, type = 'text', autoComplete, spellcheck, onInput, onCommit }: TextFieldProps) {
  const locked = lockedText !== undefined;
  const shownError = locked ? undefined : error;
  const common = {
    id,
    value,
    disabled: locked,
    autoComplete: autoComplete ?? 'off',
    spellcheck: spellcheck ?? false,
    'aria-invalid': shownError ? ('true' as const) : undefined,
    'aria-describedby': describedBy(id, { hint, error: shownError, locked }),
    onInput: (event: Event) => onInput((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
    onChange: onCommit,
  };
  return (
    <div class={`field${shownError ? ' has-error' : ''}`}>
      <div class="label-row">
        <label for={id}>{label}</label>
        {locked && <LockedNote id={id} text={lockedText} />}
      </div>
      <FieldHint id={id} hint={hint} />
      {multiline ? (
        <textarea rows={3} {...common} />
      ) : type === 'email' ? (
        <input type="email" {...common} />
      ) : type === 'tel' ? (
        <input type="tel" {...common} />
      ) : type === 'url' ? (
        <input type="url" {...common} />
      ) : (
        <input type="text" {...common} />
      )}
      <FieldError id={id} message={shownError} />
    </div>
  );
}
