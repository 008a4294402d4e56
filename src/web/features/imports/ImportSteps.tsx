import { Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePhone } from '../../ui/usePhone.ts';
import { IMPORT_STEPS, type ImportStep } from './steps.ts';

/** ファイル選択 → 項目の対応 → 確認 → 取り込み: where the user is; the steps show, they do not navigate. */
export function ImportSteps({ step, allDone = false }: { step: ImportStep; allDone?: boolean }) {
  const { t } = useTranslation();
  const phone = usePhone();
  const active = allDone ? IMPORT_STEPS.length : IMPORT_STEPS.indexOf(step);
  return (
    <Stepper
      active={active}
      size={phone ? 'xs' : 'sm'}
      iconSize={phone ? 26 : undefined}
      labelPosition={phone ? 'bottom' : 'right'}
      allowNextStepsSelect={false}
      aria-label={t('imports.steps.label')}
      styles={{ stepLabel: { whiteSpace: 'nowrap' } }}
    >
      {IMPORT_STEPS.map((s, i) => (
        <Stepper.Step key={s} label={t(`imports.steps.${s}`)} aria-current={i === active ? 'step' : undefined} />
      ))}
    </Stepper>
  );
}
