import { ActionIcon, Box, Group, Text, ThemeIcon } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale, i18n } from '../../app/i18n.ts';
import type { TimelineEntry } from './api.ts';
import { KIND_LOOK } from './kinds.ts';
import { entryFacts, formatWhen, surveyPairs, type SurveyPair, type Translate } from './timeline.ts';

// The facts name kinds, stages and channels that come from server data, which the typed `t` cannot check.
const translate: Translate = (key, options) => (i18n.t as unknown as Translate)(key, options);

// A survey can hold 200 pairs: the first few say what it was about, the record is not a place to read them all.
const SHOWN_PAIRS = 5;

/** A survey's pairs, one a line, the question dimmed before its answer; the rest counted. */
function SurveyPairs({ pairs }: { pairs: readonly SurveyPair[] }) {
  const { t } = useTranslation();
  const hidden = pairs.length - SHOWN_PAIRS;
  return (
    <Box component="ul" data-testid="survey-pairs" m={0} p={0} style={{ listStyle: 'none' }}>
      {pairs.slice(0, SHOWN_PAIRS).map((pair, index) => (
        <Text key={index} component="li" size="sm" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          <Text span size="sm" c="dimmed">
            {t('history.surveyQuestion', { question: pair.question })}
          </Text>
          {pair.answer || t('history.noAnswer')}
        </Text>
      ))}
      {hidden > 0 ? (
        <Text component="li" size="xs" c="dimmed">
          {t('history.moreAnswers', { n: hidden })}
        </Text>
      ) : null}
    </Box>
  );
}

interface TimelineItemProps {
  entry: TimelineEntry;
  /** Asks to delete the entry; given for the entries the user may delete. */
  onDelete?: (entry: TimelineEntry) => void;
}

/** One entry: its kind's icon and colour, when, the facts, the summary line, and who. */
export function TimelineItem({ entry, onDelete }: TimelineItemProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { icon: KindIcon, color } = KIND_LOOK[entry.kind];
  const kind = t(`history.kinds.${entry.kind}`);
  const when = formatWhen(entry.at, locale);
  const facts = entryFacts(entry, translate, locale);
  const pairs = surveyPairs(entry);
  return (
    // An article of the timeline's feed (the ARIA pattern for a list that grows as it is scrolled).
    <Group component="article" aria-label={`${kind} ${when}`} tabIndex={0} gap="sm" wrap="nowrap" align="flex-start" py="sm"
      data-testid="timeline-entry" data-kind={entry.kind} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <ThemeIcon size={36} radius="xl" variant="light" color={color} aria-hidden style={{ flexShrink: 0 }}>
        <KindIcon size={20} />
      </ThemeIcon>
      <Box style={{ flex: 1, minWidth: 0 }}>
        <Group gap={8} wrap="wrap" align="baseline">
          <Text size="sm" fw={700} c={`${color}.8`} component="span">
            {kind}
          </Text>
          <Text size="xs" c="dimmed" component="time" dateTime={entry.at}>
            {when}
          </Text>
        </Group>
        {facts.length > 0 ? (
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {facts.join(' · ')}
          </Text>
        ) : null}
        {pairs.length > 0 ? <SurveyPairs pairs={pairs} /> : null}
        {entry.summary ? (
          <Text size="sm" lineClamp={4} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {entry.summary}
          </Text>
        ) : null}
        {entry.by ? (
          <Text size="xs" c="dimmed" mt={2}>
            {t('history.by', { name: entry.by })}
          </Text>
        ) : null}
      </Box>
      {onDelete ? (
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('activities.delete', { kind, when })} onClick={() => onDelete(entry)}>
          <IconTrash size={18} />
        </ActionIcon>
      ) : null}
    </Group>
  );
}
