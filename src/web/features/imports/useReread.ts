import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../app/problem.ts';
import { useDiscardImport, useUploadImport, type FileFormat, type Import } from './api.ts';
import { forgetFile, rememberedFile, rememberFile } from './chosenFiles.ts';
import { messagesOf } from './mapping.ts';

/**
 * Reading an uploaded file again with another choice (encoding and delimiter, or sheet). The second
 * reading is a new import the page moves to; the first, which wrote nothing, is discarded. `file` is the
 * file chosen in this tab, if the page still has it (after a reload it must be chosen again).
 */
export function useReread(imp: Import) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [progress, setProgress] = useState<number | null>(null);
  const upload = useUploadImport(setProgress);
  const discard = useDiscardImport();
  const reread = (chosen: File, format: FileFormat) => {
    setProgress(0);
    upload.mutate(
      { file: chosen, format },
      {
        onSuccess: (next) => {
          rememberFile(next.importId, chosen);
          forgetFile(imp.importId);
          discard.mutate(imp.importId);
          void navigate(`/imports/${next.importId}`, { replace: true });
        },
        onSettled: () => setProgress(null),
      },
    );
  };
  const error = upload.error instanceof ApiError ? messagesOf(upload.error.problem).join(' ') : upload.error ? t('errors.unexpected') : null;
  return { reread, progress, pending: upload.isPending, error, file: rememberedFile(imp.importId) };
}
