import { useEffect, useMemo } from 'react';
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

  useEffect(() => {
    const sub = form.watch(() => {
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
