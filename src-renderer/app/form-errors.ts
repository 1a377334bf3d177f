import type { FormInstance, FormProps } from 'antd';
import type { z } from 'zod';
import { placeProblems, type FormMapping } from '../../src-shared/form-problems';
import { FIX_FIELDS_MESSAGE, problemMessage, type FieldProblem } from '../../src-shared/problem-messages';
import type { AppError } from '../../src-shared/result';
import { zodProblems } from '../../src-shared/zod-problems';
import { localized } from '../i18n';

/** Where an API refusal's field problems go: a form, and how its fields are named against the API input. */
export interface FormTarget extends FormMapping {
  form: FormInstance;
}

/**
 * Puts a refusal's field problems under the form's fields (the shared {@link placeProblems}, in the language in
 * use) and returns what is left for a message above the form, or undefined when every problem found its field.
 */
export function showFormProblems({ form, ...mapping }: FormTarget, error: AppError): AppError | undefined {
  if (!error.details?.length) return error;
  const known = form.getFieldsError().map((f) => f.name);
  const placed = placeProblems(error.details, known, mapping);
  form.setFields(placed.fields.map((f) => ({ name: f.name, errors: f.errors.map(localized) })));
  if (placed.fields.length > 0 && placed.rest.length === 0) return undefined;
  return { ...error, details: placed.rest };
}

/**
 * Checks what a form is about to send with the API's own schema, so the fields say what to fix before anything is
 * sent (and before any confirmation is asked), in the words a refusal would use. `rest`: problems no field shows.
 */
export function checkInput(target: FormTarget, schema: z.ZodType, input: unknown): { ok: true } | { ok: false; rest?: AppError } {
  target.form.setFields(target.form.getFieldsError().map((f) => ({ name: f.name, errors: [] })));
  const problems = zodProblems(schema, input);
  if (problems.length === 0) return { ok: true };
  return { ok: false, rest: showFormProblems(target, { code: 'invalid-input', message: FIX_FIELDS_MESSAGE, details: problems }) };
}

// Ant Design fills ${min} and ${max} in; the numbers here are only placeholders for those.
const say = (p: FieldProblem) => localized(problemMessage(p));
const withBounds = (p: FieldProblem) => say(p).replace('-1', '${min}').replace('-2', '${max}');

/**
 * The forms' own rules (antd `required`, `min`, `type`) say things in the same words as the API's refusals, so a
 * field reads the same whichever side caught it. Never the field's name: a field without a label would show its id.
 */
export function formValidateMessages(): FormProps['validateMessages'] {
  const bad = say({ kind: 'invalid' });
  return {
    default: bad,
    required: say({ kind: 'required' }),
    whitespace: say({ kind: 'required' }),
    enum: say({ kind: 'not-an-option' }),
    date: { format: say({ kind: 'bad-format', format: 'date' }), parse: say({ kind: 'bad-format', format: 'date' }), invalid: say({ kind: 'bad-format', format: 'date' }) },
    types: {
      string: say({ kind: 'wrong-type', expected: 'string' }),
      number: say({ kind: 'wrong-type', expected: 'number' }),
      integer: say({ kind: 'wrong-type', expected: 'int' }),
      float: say({ kind: 'wrong-type', expected: 'number' }),
      boolean: say({ kind: 'wrong-type', expected: 'boolean' }),
      array: say({ kind: 'wrong-type', expected: 'array' }),
      date: say({ kind: 'bad-format', format: 'date' }),
      email: say({ kind: 'bad-format', format: 'email' }),
      url: say({ kind: 'bad-format', format: 'url' }),
      method: bad,
      object: bad,
      regexp: bad,
      tel: bad,
      hex: bad,
    },
    string: {
      min: withBounds({ kind: 'too-short', min: -1 }),
      max: withBounds({ kind: 'too-long', max: -2 }),
      len: withBounds({ kind: 'too-short', min: -1 }),
      range: `${withBounds({ kind: 'too-short', min: -1 })}，${withBounds({ kind: 'too-long', max: -2 })}`,
    },
    number: {
      min: withBounds({ kind: 'too-small', min: -1, inclusive: true }),
      max: withBounds({ kind: 'too-big', max: -2, inclusive: true }),
      len: bad,
      range: `${withBounds({ kind: 'too-small', min: -1, inclusive: true })}，${withBounds({ kind: 'too-big', max: -2, inclusive: true })}`,
    },
    array: {
      min: withBounds({ kind: 'choose-at-least', min: -1 }),
      max: withBounds({ kind: 'choose-at-most', max: -2 }),
      len: withBounds({ kind: 'choose-at-least', min: -1 }),
      range: `${withBounds({ kind: 'choose-at-least', min: -1 })}，${withBounds({ kind: 'choose-at-most', max: -2 })}`,
    },
    pattern: { mismatch: bad },
  };
}
