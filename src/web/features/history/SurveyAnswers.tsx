import { ActionIcon, Button, Fieldset, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyAnswer, MAX_ANSWERS, type ActivityFormValues } from './activityForm.ts';

/** A survey's answers, a question and its answer per row; rows are added and removed freely. */
export function SurveyAnswers({ form }: { form: UseFormReturnType<ActivityFormValues> }) {
  const { t } = useTranslation();
  const rows = form.values.answers;
  return (
    <Fieldset
      variant="unstyled"
      legend={
        // Looks like the labels of the inputs around it (Mantine's are 600 weight).
        <Text span fw={600} size="md">
          {t('activities.fields.answers')}
        </Text>
      }
    >
      <Stack gap="xs">
        {rows.map((row, index) => (
          <Paper key={row.key} withBorder radius="sm" p="xs" data-testid="survey-row">
            <Stack gap={6}>
              {/* The question beside its remove button; the answer, often the longer, takes the whole width below. */}
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <TextInput
                  style={{ flex: 1, minWidth: 0 }}
                  size="md"
                  autoComplete="off"
                  maxLength={500}
                  aria-label={t('activities.questionN', { n: index + 1 })}
                  placeholder={t('activities.questionPlaceholder')}
                  // Q and A tell the two apart once both are filled in and their placeholders gone.
                  leftSection={<Text size="sm" fw={700} c="dimmed">{t('activities.questionMark')}</Text>}
                  {...form.getInputProps(`answers.${index}.question`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size={42}
                  onClick={() => form.removeListItem('answers', index)}
                  aria-label={t('activities.removeAnswer', { n: index + 1 })}
                >
                  <IconTrash size={20} />
                </ActionIcon>
              </Group>
              <Textarea
                size="md"
                autosize
                minRows={1}
                maxRows={6}
                maxLength={2000}
                aria-label={t('activities.answerN', { n: index + 1 })}
                placeholder={t('activities.answerPlaceholder')}
                leftSection={<Text size="sm" fw={700} c="dimmed">{t('activities.answerMark')}</Text>}
                {...form.getInputProps(`answers.${index}.answer`)}
              />
            </Stack>
          </Paper>
        ))}
        {rows.length < MAX_ANSWERS ? (
          <Button variant="subtle" size="md" leftSection={<IconPlus size={18} />} onClick={() => form.insertListItem('answers', emptyAnswer())} style={{ alignSelf: 'flex-start' }}>
            {t('activities.addAnswer')}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
