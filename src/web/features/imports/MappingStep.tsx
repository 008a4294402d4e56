import { Button, Stack } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/problem.ts';
import { Section } from '../../ui/Section.tsx';
import { StickyActions } from '../../ui/StickyActions.tsx';
import { useSaveMapping, useStartCheck, type Import, type ImportOptions } from './api.ts';
import { CheckOptions } from './CheckOptions.tsx';
import { FileFormatControl } from './FileFormatControl.tsx';
import { SheetControl } from './SheetControl.tsx';
import { FileHead } from './FileHead.tsx';
import { mappingChanged, mappingProblems, repeatedColumns } from './mapping.ts';
import { MappingTable } from './MappingTable.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';

interface MappingStepProps {
  imp: Import;
  /** Called once the check has started. */
  onChecking: () => void;
  /** Back to the check's result, unchanged (only after a check). */
  onBack?: () => void;
}

const NO_PROBLEMS = { columns: new Map<number, string>(), general: [] as string[] };

/** 項目の対応: which field each column fills, and how rows are matched; then the check of every row. */
export function MappingStep({ imp, onChecking, onBack }: MappingStepProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState(() => imp.columns.map((c) => c.field));
  const [options, setOptions] = useState<ImportOptions>(imp.options);
  const [problems, setProblems] = useState(NO_PROBLEMS);
  const save = useSaveMapping(imp.importId);
  const check = useStartCheck(imp.importId);

  const labels = new Map(imp.targets.map((x) => [x.key, x.label]));
  const errors = new Map(problems.columns);
  // Said at once, before the server would refuse it.
  for (const [column, earlier] of repeatedColumns(fields)) {
    errors.set(column, t('imports.mapping.repeated', { field: labels.get(fields[column] ?? '') ?? '', header: imp.columns[earlier]?.header ?? '' }));
  }

  const choose = (column: number, field: string | null) => {
    setFields((current) => current.map((f, i) => (i === column ? field : f)));
    setProblems((current) => {
      const columns = new Map(current.columns);
      columns.delete(column);
      return { ...current, columns };
    });
  };

  const submit = async () => {
    setProblems(NO_PROBLEMS);
    try {
      if (mappingChanged(imp.columns, fields)) await save.mutateAsync(fields);
      await check.mutateAsync(options);
      onChecking();
    } catch (error) {
      // Other refusals are notified by the app; these name columns, so they go where the columns are.
      if (error instanceof ApiError && error.problem.code === 'validation_failed') setProblems(mappingProblems(error.problem));
    }
  };

  return (
    <Stack gap="lg">
      {imp.status === 'failed' && imp.error ? (
        <ErrorAlert title={t('imports.mapping.checkFailed')}>
          {imp.error}
        </ErrorAlert>
      ) : null}
      <FileFormatControl imp={imp} />
      <SheetControl imp={imp} />
      <Section title={t('imports.mapping.title')} description={t('imports.mapping.description')}>
        <Stack gap="md">
          {problems.general.length > 0 ? (
            <ErrorAlert>
              {problems.general.join(' ')}
            </ErrorAlert>
          ) : null}
          <MappingTable columns={imp.columns} samples={imp.samples} targets={imp.targets} fields={fields} errors={errors} onChange={choose} />
          <FileHead columns={imp.columns} samples={imp.samples} />
        </Stack>
      </Section>
      <Section title={t('imports.options.title')} description={t('imports.options.description')}>
        <CheckOptions options={options} onChange={setOptions} />
      </Section>
      <StickyActions>
        {onBack ? (
          <Button variant="default" onClick={onBack}>
            {t('imports.mapping.back')}
          </Button>
        ) : null}
        <Button
          leftSection={<IconListCheck size={18} />}
          onClick={() => void submit()}
          loading={save.isPending || check.isPending}
          disabled={errors.size > 0}
        >
          {t('imports.mapping.check')}
        </Button>
      </StickyActions>
    </Stack>
  );
}
