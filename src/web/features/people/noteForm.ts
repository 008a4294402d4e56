// The note form's values and the body the API takes.

export interface NoteFormValues {
  body: string;
  /** YYYY-MM-DD from a date input; '' when the user cleared it. */
  notedOn: string;
}

export interface NoteBody {
  body: string;
  notedOn?: string;
}

/** The body of a new note: the text trimmed, and the date unless it was cleared (the server then takes today). */
export function toNoteBody(values: NoteFormValues): NoteBody {
  const body = values.body.trim();
  return values.notedOn ? { body, notedOn: values.notedOn } : { body };
}
