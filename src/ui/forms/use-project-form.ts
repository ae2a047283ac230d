import { useEffect, useMemo, useRef } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useKravkitStore, useUpdateProject } from '../../store';
import type { Project } from '../../domain/model';
import { getPath, mergeFormValues, projectResolver } from './project-resolver';

/**
 * A form over some fields of the open project (dotted paths). Every valid change is written to the
 * project at once (undoable, coalesced per form while typing); an invalid one shows its message at
 * the field and is not written.
 */
export function useProjectForm(fields: readonly string[], formKey: string) {
  const { t } = useTranslation();
  const update = useUpdateProject();
  const project = useKravkitStore.getState().project as Project;
  const defaultValues = useMemo(() => {
    const v: Record<string, unknown> = {};
    for (const f of fields) {
      const parts = f.split('.');
      let node = v;
      parts.slice(0, -1).forEach((k) => (node = (node[k] ??= {}) as Record<string, unknown>));
      node[parts[parts.length - 1]] = getPath(project, f) ?? '';
    }
    return v;
    // The form owns its values once mounted; a new project id remounts it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project.id]);

  const form = useForm<FieldValues>({
    defaultValues,
    mode: 'onChange',
    resolver: projectResolver(
      () => useKravkitStore.getState().project as Project,
      fields,
      (keyword, params) => t(`files:schema.${keyword}`, { ...(params as Record<string, string>), defaultValue: keyword }),
    ),
  });

  // True while the form takes values changed elsewhere: writing them back would add an undo step
  // and clear redo.
  const syncing = useRef(false);

  // The project changes under the form too: undo/redo, a rename from the start page of another tab,
  // the editor's saves in a read-only tab. A form that kept its old values would write them back
  // with the next keystroke in any of its fields, silently undoing that change.
  useEffect(() => {
    let previous = useKravkitStore.getState().project;
    return useKravkitStore.subscribe((s) => {
      const next = s.project;
      const before = previous;
      previous = next;
      if (!next || !before || next === before || next.id !== before.id) return;
      syncing.current = true;
      try {
        for (const f of fields) {
          const value = getPath(next, f) ?? '';
          if (!same(value, getPath(before, f) ?? '') && !same(value, form.getValues(f))) form.setValue(f, value, { shouldValidate: true });
        }
      } finally {
        syncing.current = false;
      }
    });
  }, [form, fields]);

  useEffect(() => {
    const sub = form.watch(() => {
      if (syncing.current) return;
      void form.trigger().then((valid) => {
        if (!valid) return;
        const values = form.getValues();
        update((p) => mergeFormValues(p, values, fields), formKey);
      });
    });
    return () => sub.unsubscribe();
  }, [form, update, fields, formKey]);

  return form;
}

/** Field values are scalars or small arrays (checkbox groups): equal by content, not identity. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b);
}
