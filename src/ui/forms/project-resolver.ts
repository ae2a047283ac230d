import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { Project } from '../../domain/model';
import { validateProject } from '../../io/validators/generated/validators.js';
import { APP_STAMP } from '../../domain/files/envelope';

/**
 * Sets a dotted path ('before.pupils') on a copy of an object. An empty value removes the key, and
 * an optional group left empty by that (a budget with neither amount nor currency) is removed too,
 * so clearing a field never leaves an invalid half-filled object behind.
 */
export function setPath<T extends object>(target: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const root = structuredClone(target) as Record<string, unknown>;
  const empty = value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));
  const trail: Record<string, unknown>[] = [root];
  let node = root;
  for (const k of keys.slice(0, -1)) {
    const next = node[k];
    if (!next || typeof next !== 'object') {
      if (empty) return root as T;
      node[k] = {};
    }
    node = node[k] as Record<string, unknown>;
    trail.push(node);
  }
  const last = keys[keys.length - 1];
  if (!empty) {
    node[last] = value;
    return root as T;
  }
  delete node[last];
  for (let i = trail.length - 1; i > 0 && Object.keys(trail[i]).length === 0; i--) delete trail[i - 1][keys[i - 1]];
  return root as T;
}

/** Form values as dotted paths merged into the project. Empty fields remove optional values. */
export function mergeFormValues(project: Project, values: Record<string, unknown>, fields: readonly string[]): Project {
  let next = project;
  for (const f of fields) next = setPath(next, f, getPath(values, f));
  return next;
}

export function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/**
 * react-hook-form's resolver pattern over the project schema's ahead-of-time validator: the form's
 * values are merged into the project and the whole file is validated, so a field is checked by
 * the same schema that checks an imported file. Errors map back to the fields by JSON path.
 */
export function projectResolver(getProject: () => Project, fields: readonly string[], message: (keyword: string, params: Record<string, unknown>) => string): Resolver<FieldValues> {
  return async (values) => {
    const merged = mergeFormValues(getProject(), values as Record<string, unknown>, fields);
    const ok = validateProject({ kind: 'kravkit.project', formatVersion: 1, app: APP_STAMP, project: merged });
    if (ok) return { values, errors: {} };
    const errors: FieldErrors = {};
    for (const e of validateProject.errors ?? []) {
      const path = e.instancePath.replace(/^\/project\//, '').split('/').join('.');
      // An error on a group (e.g. a budget missing its currency) shows at the group's first field.
      const field = fields.find((f) => path === f || path.startsWith(f + '.')) ?? fields.find((f) => f.startsWith(path + '.'));
      const error = { type: e.keyword, message: message(e.keyword, e.params as Record<string, unknown>) };
      if (!field) errors.root ??= error;
      else if (!getPath(errors, field)) Object.assign(errors, setPath(errors, field, error));
    }
    // Never accept values that would make the project invalid, even if no field can show why.
    return { values: {}, errors };
  };
}
