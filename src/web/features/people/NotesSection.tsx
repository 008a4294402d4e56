import { Button, Group, Stack, Text, Textarea, TextInput, Timeline } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayInTokyo } from '../../app/format.ts';
import { submitTo } from '../../app/forms.ts';
import { currentLocale } from '../../app/i18n.ts';
import { Loaded } from '../../app/Loaded.tsx';
import { roleAtLeast, useCurrentSession } from '../../app/session.ts';
import { Section } from '../../ui/Section.tsx';
import { toNoteBody, type NoteFormValues } from './noteForm.ts';
import { useAddNote, useNotes, type Note } from './notesApi.ts';

// Years of notes would make the record page endless on a phone: the rest come a screenful at a time.
const SHOWN_STEP = 20;

/** A new note: what was said or noticed, dated today unless changed (a visit noted the day after). */
function NoteForm({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const add = useAddNote(personId);
  const form = useForm<NoteFormValues>({
    initialValues: { body: '', notedOn: todayInTokyo() },
    validate: { body: (value) => (value.trim() ? null : t('validation.required')) },
  });
  const submit = submitTo(form, add, toNoteBody, () => form.setValues({ body: '', notedOn: todayInTokyo() }));
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          size="md"
          autosize
          minRows={2}
          maxRows={12}
          label={t('notes.body')}
          placeholder={t('notes.placeholder')}
          {...form.getInputProps('body')}
        />
        <Group gap="sm" align="flex-end" wrap="nowrap">
          <TextInput size="md" type="date" label={t('notes.notedOn')} style={{ flex: 1, minWidth: 0 }} maw={220} {...form.getInputProps('notedOn')} />
          <Button type="submit" size="md" loading={add.isPending}>
            {t('notes.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NoteList({ notes }: { notes: Note[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [shown, setShown] = useState(SHOWN_STEP);
  if (notes.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('notes.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Timeline bulletSize={14} lineWidth={2} data-testid="notes">
        {notes.slice(0, shown).map((note) => (
          <Timeline.Item
            key={note.noteId}
            title={
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={600} component="span">
                  {formatDate(note.notedOn, locale)}
                </Text>
                <Text size="xs" c="dimmed" component="span">
                  {note.authorLabel}
                </Text>
              </Group>
            }
          >
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.body}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      {notes.length > shown ? (
        <Button variant="subtle" size="compact-md" style={{ alignSelf: 'flex-start' }} onClick={() => setShown(shown + SHOWN_STEP)}>
          {t('notes.more', { n: notes.length - shown })}
        </Button>
      ) : null}
    </Stack>
  );
}

/** The person's 大福帳: dated notes of what they said and what staff noticed, newest first, and a form to add one. */
export function NotesSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const notes = useNotes(personId);
  return (
    <Section title={t('notes.title')} description={t('notes.description')}>
      <Stack gap="lg">
        {roleAtLeast(session.role, 'member') ? <NoteForm personId={personId} /> : null}
        <Loaded query={notes}>{(items) => <NoteList notes={items} />}</Loaded>
      </Stack>
    </Section>
  );
}
