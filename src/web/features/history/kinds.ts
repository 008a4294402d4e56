// One icon and one colour per kind of history entry, the same in the timeline, the quick-log buttons and the figures.
import {
  IconBuildingStore, IconCalendarEvent, IconClipboardList, IconFileText, IconMail, IconMailbox, IconMessageQuestion, IconNote,
  IconNotebook, IconPhone, IconShoppingBag, IconStairsUp, type Icon,
} from '@tabler/icons-react';
import type { TimelineKind } from '../../../common/history.ts';

export const KIND_LOOK: Record<TimelineKind, { icon: Icon; color: string }> = {
  call: { icon: IconPhone, color: 'blue' },
  visit: { icon: IconBuildingStore, color: 'teal' },
  email: { icon: IconMail, color: 'indigo' },
  event: { icon: IconCalendarEvent, color: 'grape' },
  inquiry: { icon: IconMessageQuestion, color: 'orange' },
  survey: { icon: IconClipboardList, color: 'cyan' },
  dm: { icon: IconMailbox, color: 'violet' },
  note: { icon: IconNote, color: 'gray' },
  purchase: { icon: IconShoppingBag, color: 'green' },
  contract: { icon: IconFileText, color: 'pink' },
  person_note: { icon: IconNotebook, color: 'yellow' },
  lifecycle: { icon: IconStairsUp, color: 'red' },
};
