import { Checkbox, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IMPORT_MATCH_KEYS } from '../../../common/imports.ts';
import type { ImportOptions } from './api.ts';

const MODES: ImportOptions['mode'][] = ['skip', 'fill', 'overwrite'];

/** How the check (and then the run) treats the rows: which keys find someone, what a match does, and errors. */
export function CheckOptions({ options, onChange }: { options: ImportOptions; onChange: (options: ImportOptions) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <Checkbox.Group
        label={t('imports.options.matchKeys')}
        description={t('imports.options.matchKeysHint')}
        value={options.matchKeys}
        onChange={(value) => onChange({ ...options, matchKeys: IMPORT_MATCH_KEYS.filter((k) => value.includes(k)) })}
      >
        <Group gap="lg" mt="xs">
          {IMPORT_MATCH_KEYS.map((key) => (
            <Checkbox key={key} value={key} label={t(`imports.options.keys.${key}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Radio.Group
        label={t('imports.options.mode')}
        value={options.mode}
        onChange={(value) => onChange({ ...options, mode: value as ImportOptions['mode'] })}
      >
        <Stack gap="sm" mt="xs">
          {MODES.map((mode) => (
            <Radio key={mode} value={mode} label={t(`imports.options.modes.${mode}`)} description={t(`imports.options.modeHints.${mode}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox
        label={t('imports.options.keepValid')}
        description={t('imports.options.keepValidHint')}
        checked={options.keepValid}
        onChange={(event) => onChange({ ...options, keepValid: event.currentTarget.checked })}
      />
    </Stack>
  );
}
