import type { FieldError, FieldErrors } from 'react-hook-form';
import { getPath } from './project-resolver';

export function fieldError(errors: FieldErrors, path: string): FieldError | undefined {
  return getPath(errors, path) as FieldError | undefined;
}
