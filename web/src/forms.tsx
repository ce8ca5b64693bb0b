// One form machine for every command: fields described as data, validated before sending, the
// server's Danish error shown next to the field it names, and a 412 that keeps the user's input.
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiError } from './api/client';
import { formatDate, parseDanishDate, parseDanishNumber, todayIso } from './format';

/** `number` is a whole number; `decimal` a Danish decimal number ("1.243,50"). */
export type FieldKind = 'text' | 'textarea' | 'date' | 'select' | 'checkbox' | 'lines' | 'number' | 'decimal' | 'new-password' | 'current-password';

export interface FieldSpec<Name extends string = string> {
  name: Name;
  label: string;
  kind: FieldKind;
  required?: boolean;
  options?: Record<string, string>;
  /** A select whose option codes are ids: sent as numbers. */
  numeric?: boolean;
  hint?: string;
  /** Initial value; 'today' for date fields means the browser's today. */
  initial?: string | boolean;
}

export type FormValues = Record<string, string | boolean>;

function initialValues(fields: FieldSpec[]): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    if (field.kind === 'checkbox') values[field.name] = field.initial === true;
    else if (field.initial === 'today') values[field.name] = formatDate(todayIso());
    else if (typeof field.initial === 'string') values[field.name] = field.kind === 'date' ? formatDate(field.initial) : field.initial;
    else if (field.kind === 'select' && field.required && field.options) values[field.name] = Object.keys(field.options)[0] ?? '';
    else values[field.name] = '';
  }
  return values;
}

/** Client-side checks; the same words as the server uses. */
export function validate(fields: FieldSpec[], values: FormValues): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'checkbox') {
      if (field.required && value !== true) errors[field.name] = 'Skal markeres.';
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (field.required && text === '') {
      errors[field.name] = field.kind === 'select' ? 'Vælg en mulighed.' : 'Skal udfyldes.';
      continue;
    }
    if (text !== '' && field.kind === 'date' && !parseDanishDate(text)) {
      errors[field.name] = 'Skriv en gyldig dato (dd-mm-åååå).';
    }
    if (text !== '' && field.kind === 'number' && !/^\d+$/.test(text)) {
      errors[field.name] = 'Skriv et helt tal.';
    }
    if (text !== '' && field.kind === 'decimal' && parseDanishNumber(text) === null) {
      errors[field.name] = 'Skriv et tal, fx 1.243,50.';
    }
  }
  return errors;
}

/** What one field yields in the payload. */
export type FieldValue = string | number | boolean | string[];
/** A form's values as sent: optional blanks left out, lines split into an array, numbers as numbers. */
export type FormPayload = { [name: string]: FieldValue };

type TextKind = 'text' | 'textarea' | 'date' | 'select' | 'new-password' | 'current-password';
/** The field shapes whose value has the type of `Value`. */
type ShapeFor<Value> =
  NonNullable<Value> extends boolean
    ? { kind: 'checkbox' }
    : NonNullable<Value> extends number
      ? { kind: 'number' | 'decimal' } | { kind: 'select'; numeric: true }
      : NonNullable<Value> extends readonly string[]
        ? { kind: 'lines' }
        : NonNullable<Value> extends string
          ? { kind: TextKind; numeric?: false }
          : never;
/** A required property needs a required field (a checkbox and lines always give a value). */
type RequiredFor<Body, Name extends keyof Body, Kind> = Kind extends 'checkbox' | 'lines'
  ? unknown
  : object extends Pick<Body, Name>
    ? unknown
    : { required: true };
/** A field for one property of `Body`: its name, a kind that yields the property's type, and
 *  required where the property is. A form typed with its request body cannot drift from it. */
export type FieldFor<Body> = {
  [Name in keyof Body & string]: FieldSpec<Name> & ShapeFor<Body[Name]> & RequiredFor<Body, Name, ShapeFor<Body[Name]>['kind']>;
}[keyof Body & string];
/** The fields of a form that sends `Body`; an untyped payload (built further before sending) takes any. */
export type FieldsOf<Body> = string extends keyof Body ? FieldSpec[] : FieldFor<Body>[];

export function toPayload(fields: FieldSpec[], values: FormValues): FormPayload {
  const payload: FormPayload = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'checkbox') {
      payload[field.name] = value === true;
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (field.kind === 'lines') {
      payload[field.name] = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '');
      continue;
    }
    if (text === '' && !field.required) continue;
    if (field.kind === 'decimal') payload[field.name] = parseDanishNumber(text) ?? text;
    else payload[field.name] = field.kind === 'number' || field.numeric ? Number(text) : field.kind === 'date' ? (parseDanishDate(text) ?? text) : text;
  }
  return payload;
}

/** The body a typed form sends. Sound: FieldsOf checked each field's name, kind and requiredness
 *  against Body, and toPayload gives each kind's type. */
export function bodyOf<Body>(fields: FieldsOf<Body>, values: FormValues): Body {
  return toPayload(fields as FieldSpec[], values) as unknown as Body;
}

/** "parties[1]" or "goals[0].version" → the form field "parties" / "goals". */
export function fieldOf(serverField: string | undefined): string | undefined {
  if (!serverField) return undefined;
  return serverField.split(/[.[]/)[0];
}

/** A conflict in one part of a course names the colleague, the part and the day (from the server);
 *  any other 412 gets the form's own words. */
function conflictMessage(error: ApiError, conflictText: string | undefined): string {
  if (error.code === 'section_changed') return error.message;
  return conflictText ?? 'En kollega har ændret dette, siden du åbnede det.';
}

interface CommandFormProps<Body> {
  id: string;
  fields: FieldsOf<Body>;
  submitLabel: string;
  onSubmit(payload: Body): Promise<void>;
  /** Offered after a 412: fetch the colleague's version; the user's input stays. */
  onRefresh?(): void;
  conflictText?: string;
  resetOnSuccess?: boolean;
}

/** `Body` is the request body the form sends (its fields are checked against it), or the default
 *  `FormPayload` for a form whose payload is built further before sending. */
export function CommandForm<Body = FormPayload>({
  id,
  fields: typedFields,
  submitLabel,
  onSubmit,
  onRefresh,
  conflictText,
  resetOnSuccess = true,
}: CommandFormProps<Body>) {
  const fields: FieldSpec[] = typedFields;
  const [values, setValues] = useState<FormValues>(() => initialValues(fields));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId();
  const inputId = (name: string) => `${id}-${name}-${uid.replace(/:/g, '')}`;

  function focusField(name: string | undefined) {
    const target = name ? formRef.current?.querySelector<HTMLElement>(`[name="${name}"]`) : null;
    (target ?? formRef.current?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const found = validate(fields, values);
    setErrors(found);
    setFormError(null);
    const first = fields.find((field) => found[field.name]);
    if (first) {
      setTimeout(() => focusField(first.name));
      return;
    }
    setBusy(true);
    try {
      await onSubmit(bodyOf<Body>(typedFields, values));
      if (resetOnSuccess) setValues(initialValues(fields));
      setDone(true);
    } catch (e) {
      const error = e instanceof ApiError ? e : new ApiError(0, 'client', String(e));
      const field = fieldOf(error.field);
      // 401: the log-in dialog opens over the page and explains; the input stays for sending again.
      if (error.status === 401) return;
      if (field && fields.some((f) => f.name === field) && !error.isConflict) {
        setErrors({ [field]: error.message });
        setTimeout(() => focusField(field));
      } else {
        setFormError(error);
        setTimeout(() => formRef.current?.querySelector<HTMLElement>('.form-error')?.focus());
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form ref={formRef} id={id} onSubmit={submit} noValidate className="command-form">
      {formError ? (
        <div className="alert alert-error form-error" role="alert" tabIndex={-1}>
          {formError.isConflict ? (
            <>
              <strong>{conflictMessage(formError, conflictText)}</strong> Det, du har skrevet, er bevaret.
              {onRefresh ? (
                <>
                  {' '}
                  Hent den nyeste version, tjek dine oplysninger og send igen.{' '}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => {
                      setFormError(null);
                      onRefresh();
                    }}
                  >
                    Hent nyeste version
                  </button>
                </>
              ) : null}
            </>
          ) : formError.isForbidden ? (
            <>
              <strong>Handlingen er ikke tilladt. </strong>
              {formError.message}
            </>
          ) : (
            formError.message
          )}
        </div>
      ) : null}
      {fields.map((field) => {
        const fid = inputId(field.name);
        const error = errors[field.name];
        const describedBy = [field.hint ? `${fid}-hint` : '', error ? `${fid}-error` : ''].filter(Boolean).join(' ') || undefined;
        const common = {
          id: fid,
          name: field.name,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          'aria-required': field.required ? true : undefined,
        };
        const value = values[field.name];
        const set = (next: string | boolean) => setValues((old) => ({ ...old, [field.name]: next }));
        return (
          <div key={field.name} className={`field field-${field.kind}${error ? ' has-error' : ''}`}>
            {field.kind === 'checkbox' ? (
              <label htmlFor={fid} className="checkbox-label">
                <input type="checkbox" {...common} checked={value === true} onChange={(e) => set(e.target.checked)} /> {field.label}
              </label>
            ) : (
              <label htmlFor={fid}>
                {field.label}
                {field.required ? <span aria-hidden="true"> *</span> : <span className="muted"> (valgfri)</span>}
              </label>
            )}
            {field.hint ? (
              <p className="hint" id={`${fid}-hint`}>
                {field.hint}
              </p>
            ) : null}
            {field.kind === 'textarea' || field.kind === 'lines' ? (
              <textarea {...common} rows={field.kind === 'lines' ? 3 : 4} value={String(value)} onChange={(e) => set(e.target.value)} />
            ) : field.kind === 'select' ? (
              <select {...common} value={String(value)} onChange={(e) => set(e.target.value)}>
                {field.required ? null : <option value="">– vælg –</option>}
                {Object.entries(field.options ?? {}).map(([code, text]) => (
                  <option key={code} value={code}>
                    {text}
                  </option>
                ))}
              </select>
            ) : field.kind === 'checkbox' ? null : (
              <input
                {...common}
                type={field.kind === 'new-password' || field.kind === 'current-password' ? 'password' : 'text'}
                autoComplete={field.kind === 'new-password' || field.kind === 'current-password' ? field.kind : undefined}
                inputMode={field.kind === 'number' ? 'numeric' : field.kind === 'decimal' ? 'decimal' : undefined}
                placeholder={field.kind === 'date' ? 'dd-mm-åååå' : undefined}
                size={field.kind === 'date' ? 12 : undefined}
                value={String(value)}
                onChange={(e) => set(e.target.value)}
              />
            )}
            {error ? (
              <p className="field-error" id={`${fid}-error`}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="form-actions">
        <button type="submit" disabled={busy}>
          {submitLabel}
        </button>
        {done ? (
          <span role="status" className="ok">
            Gemt.
          </span>
        ) : null}
      </div>
    </form>
  );
}
